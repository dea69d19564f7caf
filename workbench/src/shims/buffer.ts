// parseCsvIncidents and csv-parse call Node's global Buffer; in the page it is the `buffer` package's,
// installed when the readers' chunk loads (src/io-browser.ts imports this first).
import { Buffer } from 'buffer'

const scope = globalThis as { Buffer?: unknown }
scope.Buffer ??= Buffer
