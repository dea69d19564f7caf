import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { type Io, main } from '../../src/cli/main.js'

// 3,000 incidents on 30 elements: a report of several hundred kB, so that it is written in many buffers,
// with an id holding a quote and a comma, instants with milliseconds, and French text (two-byte characters
// such as « — » and the narrow spaces) that a buffer's end could cut.
function log(): string {
  const lines = ['id,start,end,elements,impact,cause']
  for (let i = 0; i < 3000; i++) {
    const start = Date.UTC(2026, 2, 1) + ((i * 7_919_000) % (30 * 86_400_000)) + (i % 3) * 125
    const end = start + 60_000 + ((i * 104_729) % 18_000_000)
    const id = i === 4 ? '"a ""quoted"", id"' : `i${i}`
    lines.push(`${id},${new Date(start).toISOString()},${new Date(end).toISOString()},vps-${i % 30},${i % 7 === 0 ? 'degraded' : 'outage'},${i % 10 === 0 ? 'maintenance' : 'unplanned'}`)
  }
  return `${lines.join('\n')}\n`
}

const dir = mkdtempSync(join(tmpdir(), 'matou-byte-stdout-'))
writeFileSync(join(dir, 'log.csv'), log())

function io(stdout: Io['stdout']): Io {
  return { stdout, stderr: { write: () => true, isTTY: false }, cwd: dir, env: { LANG: 'en_GB.UTF-8' } }
}

/** The report as a stdout that takes text receives it. */
async function asText(args: string[]): Promise<string> {
  let out = ''
  expect(await main(args, io({ write: (t: string) => ((out += t), true), isTTY: false }))).toBe(0)
  return out
}

/**
 * The report as a Node stream receives it. `slow`: each write is done only on a later turn, and the
 * stream holds little, so that it asks to wait and keeps the buffers it was given until then.
 */
async function asStream(args: string[], slow: boolean): Promise<{ text: string; writes: number; waits: number }> {
  const chunks: Buffer[] = []
  let waits = 0
  const stream = new Writable({
    highWaterMark: slow ? 1024 : 16_384,
    write(chunk: Buffer, _encoding, done) {
      // Kept as given: a buffer the writer filled again before the stream let go of it would show here.
      chunks.push(chunk)
      if (slow) setImmediate(done)
      else done()
    },
  })
  const write = stream.write.bind(stream)
  stream.write = ((chunk: Buffer) => {
    const ok = write(chunk)
    if (!ok) waits++
    return ok
  }) as typeof stream.write
  expect(await main(args, io(stream as unknown as Io['stdout']))).toBe(0)
  await new Promise<void>((resolve) => stream.end(resolve))
  // Copied only now: the stream's buffers compared as they are at the end.
  return { text: Buffer.concat(chunks).toString('utf8'), writes: chunks.length, waits }
}

describe('a report written to a Node stream as bytes', () => {
  for (const format of ['text', 'json', 'html', 'markdown'] as const)
    for (const lang of ['fr', 'en'] as const)
      it(`${format} in ${lang}: the bytes a stream receives are the text, whether it writes at once or late`, async () => {
        const args = ['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', 'log.csv', '--month', '2026-03', '--fee', '9.99', '--format', format, '--lang', lang]
        const text = await asText(args)
        expect(text.length).toBeGreaterThan(200_000)
        const fast = await asStream(args, false)
        expect(fast.text).toBe(text)
        expect(fast.writes).toBeGreaterThan(2)
        const slow = await asStream(args, true)
        expect(slow.text).toBe(text)
        // The slow stream asked to wait: the buffers it held were not written over.
        expect(slow.waits).toBeGreaterThan(0)
      })

  it('to a file with --out, the same bytes as to standard output', async () => {
    const args = ['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', 'log.csv', '--month', '2026-03', '--fee', '9.99', '--format', 'json', '--lang', 'fr']
    const text = await asText(args)
    expect(await main([...args, '--out', 'statement.json'], io({ write: () => true, isTTY: false }))).toBe(0)
    expect(readFileSync(join(dir, 'statement.json'), 'utf8')).toBe(text)
  })
})
