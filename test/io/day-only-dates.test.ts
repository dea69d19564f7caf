/**
 * A date cell that holds a day alone (a spreadsheet's date format, a date typed without its hour) is no
 * instant an incident starts at: the row is skipped saying so, in both languages, rather than with the hint
 * to give a date format, which would not help.
 */
import { describe, expect, it } from 'vitest'
import { formatSkipReason, parseCsvIncidents } from '../../src/io/index.js'

describe('a day without a time', () => {
  it('skips the row and says to write the time, in English and French', () => {
    const r = parseCsvIncidents('id,start,end\ni1,2026-03-15,2026-03-16T10:00:00Z\ni2,2026-03-15T10:00:00Z,2026-03-15T11:00:00Z\n')
    expect(r.incidents.map((i) => i.id)).toEqual(['i2'])
    expect(r.skipped).toHaveLength(1)
    const row = r.skipped[0]!
    expect(row.line).toBe(2)
    expect(row.reason).toBe('start: "2026-03-15" is a day without a time: an incident starts and ends at instants; write the time too ("2026-03-15T00:00:00+01:00", or "2026-03-15T00:00:00" with option timeZone)')
    expect(formatSkipReason(row, 'fr')).toBe(
      'start\u00a0: "2026-03-15" est un jour sans heure\u00a0: un incident commence et finit à des instants\u00a0; écrivez aussi l’heure («\u00a02026-03-15T00:00:00+01:00\u00a0», ou «\u00a02026-03-15T00:00:00\u00a0» avec l’option timeZone)',
    )
  })

  it('is read as any wall-clock time once the time is written and a zone given', () => {
    // 00:00 on 15 March in Paris (UTC+1) is 23:00Z the day before.
    const r = parseCsvIncidents('start,end\n2026-03-15T00:00:00,2026-03-15T01:00:00\n', { timeZone: 'Europe/Paris' })
    expect(r.skipped).toEqual([])
    expect(r.incidents[0]).toMatchObject({ start: '2026-03-14T23:00:00Z', end: '2026-03-15T00:00:00Z' })
  })
})
