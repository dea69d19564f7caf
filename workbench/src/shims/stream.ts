// The CSV reader's streaming twin (readCsvIncidents) and csv-parse's stream API need Node's streams; the
// page only calls the reader of text in memory (parseCsvIncidents), so the stream names only need to exist.
function unavailable(): never {
  throw new Error('Streams are not available in the browser: read the file as text instead')
}
export class Transform {
  constructor() {
    unavailable()
  }
}
export const Readable = { from: unavailable }
export const pipeline = unavailable
export default { Transform, Readable, pipeline }
