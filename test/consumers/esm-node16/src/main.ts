// The shared programs are copied next to this file when the consumers run (test/consumers/run.mjs).
import './core.js'
import './entries.js'
import './io.js'

console.log('ok')
