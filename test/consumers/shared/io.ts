// What a Node consumer of the readers writes: the second entry point, with its own declarations.
import { parseCsvIncidents, type CsvReadResult } from 'matou/io'

const read: CsvReadResult = parseCsvIncidents('id,start,end\na,2026-03-10T10:00:00Z,2026-03-10T14:00:00Z\n')
if (read.incidents.length !== 1 || read.skipped.length !== 0) throw new Error(`the CSV reader read ${JSON.stringify(read)}`)

export function mustNotCompile(): void {
  // @ts-expect-error a reader returns incidents, not a number
  const n: number = read.incidents
  void n
}
