// The library's readers of text in memory, loaded on demand when a log is dropped. They use no Node
// built-in (no stream, no Buffer): the page bundles them as they are.

export { parseCsvIncidents } from '../../src/io/csv.ts'
export { parseIncidentsJson } from '../../src/io/json.ts'
export { parseIncidentsYaml } from '../../src/io/yaml.ts'
export { parseStatuspageIncidents } from '../../src/io/statuspage.ts'
export { parseHeartbeats } from '../../src/io/heartbeats.ts'
export { renderStatement } from '../../src/report/statement.ts'
export { creditNotesCsv } from '../../src/report/credit-notes.ts'
export { formatReaderIssue } from '../../src/io/result.ts'
export { groupWarnings, lineRanges } from '../../src/report/warning-groups.ts'
export { parseClientList } from '../../src/io/clients.ts'
export { clientColumnOf } from '../../src/io/clients.ts'
