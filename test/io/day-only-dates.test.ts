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

  it('says the same under a date format, with the time written in that format', () => {
    const options = { dateFormat: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' }
    const r = parseCsvIncidents('id,start,end\ni1,15/03/2026,16/03/2026 10:00\ni2,2026-03-15,16/03/2026 10:00\ni3,15/03/2026 09:00,16/03/2026 10:00\ni4,mi-mars,16/03/2026 10:00\n', options)
    expect(r.incidents.map((i) => i.id)).toEqual(['i3'])
    expect(r.skipped.map((row) => [row.line, row.reason])).toEqual([
      [2, 'start: "15/03/2026" is a day without a time: an incident starts and ends at instants; write the time too, in the format \'dd/MM/yyyy HH:mm\' (e.g. "15/03/2026 00:00")'],
      // A day in ISO's writing is read once its time is written, whatever the format given.
      [3, 'start: "2026-03-15" is a day without a time: an incident starts and ends at instants; write the time too ("2026-03-15T00:00:00+01:00", or "2026-03-15T00:00:00" with option timeZone)'],
      [5, "start: \"mi-mars\" is neither an ISO-8601 instant nor a date in the format 'dd/MM/yyyy HH:mm'"],
    ])
    expect(formatSkipReason(r.skipped[0]!, 'fr')).toBe(
      'start\u00a0: "15/03/2026" est un jour sans heure\u00a0: un incident commence et finit à des instants\u00a0; écrivez aussi l’heure, au format \'dd/MM/yyyy HH:mm\' (par exemple «\u00a015/03/2026 00:00\u00a0»)',
    )
  })

  it('finds the day of formats whose time is set off by a quoted word, a comma or a T', () => {
    const cases: [format: string, day: string, example: string][] = [
      ["dd.MM.yyyy'T'HH:mm", '15.03.2026', '15.03.2026T00:00'],
      ["dd/MM/yyyy 'à' HH'h'mm", '15/03/2026', '15/03/2026 à 00h00'],
      ['MM/dd/yyyy, h:mm a', '03/15/2026', '03/15/2026, 12:00 AM'],
      ['d MMMM yyyy HH:mm', '15 March 2026', '15 March 2026 00:00'],
    ]
    for (const [dateFormat, day, example] of cases) {
      const r = parseCsvIncidents(`start,end\n${day},${day}\n`, { dateFormat, timeZone: 'Europe/Paris' })
      expect(r.skipped[0]?.params, dateFormat).toMatchObject({ '0.code': 'date-day-only-format', '0.example': example })
    }
    // A format with no time reads the day as its midnight: 00:00 in Paris (UTC+1) is 23:00Z the day before.
    const day = parseCsvIncidents('start,end\n15/03/2026,15/03/2026\n', { dateFormat: 'dd/MM/yyyy', timeZone: 'Europe/Paris' })
    expect(day.skipped).toEqual([])
    expect(day.incidents[0]).toMatchObject({ start: '2026-03-14T23:00:00Z' })
    // A format with nothing before its time: no day to tell apart, so simply not in the format.
    const late = parseCsvIncidents('start,end\n15/03/2026,15/03/2026\n', { dateFormat: 'HH:mm dd/MM/yyyy', timeZone: 'Europe/Paris' })
    expect(late.skipped[0]?.params?.['0.code']).toBe('date-not-in-format')
  })
})
