// parseCsvIncidents and csv-parse use Node's global Buffer; in the page it is the `buffer` package's,
// injected by the build only into the modules that name it (the CSV reader's chunk, loaded on demand).
export { Buffer } from 'buffer'
