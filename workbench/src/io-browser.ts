// The library's readers of text in memory, loaded on demand when a log is dropped. The CSV reader and
// csv-parse call Node's global Buffer: the shim installs the `buffer` package's first (see build.mjs for
// the stream names the CSV module imports but the page never calls).
import './shims/buffer.ts'

export { parseCsvIncidents } from '../../src/io/csv.ts'
export { parseIncidentsJson } from '../../src/io/json.ts'
export { parseIncidentsYaml } from '../../src/io/yaml.ts'
export { parseStatuspageIncidents } from '../../src/io/statuspage.ts'
export { parseHeartbeats } from '../../src/io/heartbeats.ts'
export { renderStatement } from '../../src/report/statement.ts'
export { creditNotesCsv } from '../../src/report/credit-notes.ts'
