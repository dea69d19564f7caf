/**
 * A log's local times are placed with the offsets of the zone's changes, found once per year, rather than
 * with three questions to Intl a date: the same instants, checked against Intl's own answer for wall-clock
 * times near changes (gaps and overlaps), in zones whose changes are not on the hour or not whole minutes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IssueList } from '../../src/errors.js'
import { makeDateReader } from '../../src/io/dates.js'
import { instantsOfWallClock } from '../../src/time/offset.js'

const ZONES = ['Europe/Paris', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Africa/Monrovia', 'America/St_Johns', 'Asia/Kathmandu', 'Europe/Dublin', 'Pacific/Apia']
const two = (n: number) => String(n).padStart(2, '0')
const wallText = (wall: number) => {
  const d = new Date(wall)
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
}

describe('local times of a log', () => {
  it('land on the instants Intl gives, in every zone, over two centuries', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        // Wall-clock seconds from 1900 to 2100 (the changes themselves are walked below, every 30 s).
        fc.integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }),
        fc.constantFrom('earlier', 'later') as fc.Arbitrary<'earlier' | 'later'>,
        (zone, seconds, ambiguousTime) => {
          const wall = seconds * 1000
          const read = makeDateReader({ timeZone: zone, ambiguousTime }, 'x', new IssueList())(wallText(wall))
          const expected = instantsOfWallClock(wall, zone)
          if (expected.length === 0) expect(read).toMatchObject({ ok: false, code: 'date-skipped' })
          else expect(read).toMatchObject({ ok: true, ms: ambiguousTime === 'earlier' ? expected[0] : expected[expected.length - 1] })
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('are placed right in the hour the clocks skip and the hour they repeat, by hand', () => {
    const read = makeDateReader({ timeZone: 'Europe/Paris', ambiguousTime: 'later' }, 'x', new IssueList())
    // 29 March 2026, 02:30 in Paris does not exist (02:00 → 03:00); 03:30 is 01:30Z (UTC+2).
    expect(read('2026-03-29T02:30:00')).toMatchObject({ ok: false, code: 'date-skipped' })
    expect(read('2026-03-29T03:30:00')).toMatchObject({ ok: true, ms: Date.UTC(2026, 2, 29, 1, 30) })
    // 25 October 2026, 02:30 happens at 00:30Z (UTC+2) and again at 01:30Z (UTC+1): 'later' takes the second.
    expect(read('2026-10-25T02:30:00')).toMatchObject({ ok: true, ms: Date.UTC(2026, 9, 25, 1, 30) })
    // Lord Howe moves by 30 minutes, at 02:00 local: 5 October 2025, 02:15 does not exist.
    expect(makeDateReader({ timeZone: 'Australia/Lord_Howe' }, 'x', new IssueList())('2025-10-05T02:15:00')).toMatchObject({ ok: false, code: 'date-skipped' })
  })

  it('near the changes themselves, every 30 seconds', () => {
    // Every 30 s of wall-clock time over the two days around the changes of 2026 in Paris and of 1972 in Monrovia (−0:44:30 → 0:00).
    for (const [zone, from] of [
      ['Europe/Paris', Date.UTC(2026, 2, 28, 22)],
      ['Europe/Paris', Date.UTC(2026, 9, 24, 22)],
      ['Africa/Monrovia', Date.UTC(1972, 0, 6, 22)],
    ] as const) {
      const read = makeDateReader({ timeZone: zone, ambiguousTime: 'earlier' }, 'x', new IssueList())
      for (let wall = from; wall < from + 2 * 86_400_000; wall += 30_000) {
        const expected = instantsOfWallClock(wall, zone)
        const got = read(wallText(wall))
        expect(got.ok ? got.ms : 'skipped', `${zone} ${wallText(wall)}`).toBe(expected[0] ?? 'skipped')
      }
    }
  })
})
