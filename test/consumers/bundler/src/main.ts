// A browser application bundled by a tool: the browser entries (core, renderers, sources), without Node's types.
import './core.js'
import './entries.js'

console.log('ok')
