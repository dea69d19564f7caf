// A browser application bundled by a tool: the core entry only, without Node's types.
import './core.js'

console.log('ok')
