import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { csvIncidentRows } from '../../src/io/index.js'

// A garbage collection on demand, so that the heap measured is what is kept, not what is yet to be collected.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const ROWS = 1_000_000
const MB = 1024 * 1024

/** A CSV of a million incidents, about 95 MB, made as it is read: never whole in memory. */
async function* millionRows(): AsyncGenerator<string> {
  yield 'id;start;end;elements;impact\r\n'
  const t0 = Date.UTC(2026, 0, 1)
  let batch = ''
  for (let i = 0; i < ROWS; i++) {
    const s = t0 + i * 60_000
    batch += `${i};${new Date(s).toISOString()};${new Date(s + 30_000).toISOString()};vps-${i % 100}|db;${i % 1000 === 999 ? 'total' : 'outage'}\r\n`
    if (batch.length > 64 * 1024) {
      yield batch
      batch = ''
    }
  }
  yield batch
}

describe('csvIncidentRows on a million rows', () => {
  it('reads them in bounded memory, aggregating on the fly', async () => {
    gc()
    const before = process.memoryUsage().heapUsed
    let incidents = 0
    let downtime = 0
    let lastLine = 0
    const skippedLines: number[] = []
    let peak = 0
    for await (const row of csvIncidentRows(millionRows())) {
      if (row.kind === 'incident') {
        incidents++
        downtime += Date.parse(row.incident.end as string) - Date.parse(row.incident.start as string)
        lastLine = row.line
      } else skippedLines.push(row.skipped.line!)
      if ((incidents & 0x3ffff) === 0) {
        gc()
        peak = Math.max(peak, process.memoryUsage().heapUsed - before)
      }
    }
    expect(incidents).toBe(ROWS - ROWS / 1000)
    expect(skippedLines).toHaveLength(ROWS / 1000)
    // Row i is on line i + 2; every thousandth has an unknown impact, the last one included.
    expect(skippedLines[0]).toBe(1001)
    expect(skippedLines.at(-1)).toBe(ROWS + 1)
    expect(lastLine).toBe(ROWS)
    expect(downtime).toBe(incidents * 30_000)
    // The input is ~95 MB; what is kept while reading it stays a few MB.
    expect(peak).toBeLessThan(32 * MB)
  }, 120_000)
})
