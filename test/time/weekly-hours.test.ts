import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { businessCalendar, type WeeklyHours } from '../../src/time/calendar.js'

const H = 3_600_000

/** The problems of a calendar in UTC with these hours, as `path: message`. */
function problems(hours: unknown): string[] {
  try {
    businessCalendar({ timeZone: 'UTC', hours: hours as WeeklyHours })
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => `${i.path}: ${i.message}`)
    throw error
  }
  return []
}

describe('opening hours as a user writes them', () => {
  it('labels runs of days with the same hours, and leaves out the days without any', () => {
    const calendar = businessCalendar({
      timeZone: 'UTC',
      hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-12:00', thu: '09:00-18:00', sat: '10:00-12:00', sun: ['10:00-12:00'] },
    })
    expect(calendar.label).toBe('Mon-Tue 09:00-18:00, Wed 09:00-12:00, Thu 09:00-18:00, Sat-Sun 10:00-12:00, UTC')
    // 3 × 9 h + 3 h + 2 × 2 h = 34 h.
    expect(calendar.weeklyMs).toBe(34 * H)
  })

  it('takes an en dash, spaces around it, and a range that runs to the last minute or starts at midnight', () => {
    const calendar = businessCalendar({ timeZone: 'UTC', hours: { mon: ' 09:00 – 12:30 ', tue: ['23:59-24:00', '00:00-00:01'] } })
    expect(calendar.hours.mon).toEqual(['09:00-12:30'])
    expect(calendar.hours.tue).toEqual(['00:00-00:01', '23:59-24:00'])
    // 3 h 30 + 2 min.
    expect(calendar.weeklyMs).toBe(3.5 * H + 2 * 60_000)
  })

  it('labels a run of days that each have two ranges as one run', () => {
    const calendar = businessCalendar({ timeZone: 'UTC', hours: { mon: ['08:00-12:00', '14:00-18:59'], tue: ['08:00-12:00', '14:00-18:59'] } })
    expect(calendar.label).toBe('Mon-Tue 08:00-12:00, 14:00-18:59, UTC')
  })

  it('refuses a range that is not text, and says only what is wrong with a bad end', () => {
    expect(problems({ mon: [9] })).toEqual(['hours.mon[0]: must be a range of local times HH:MM-HH:MM such as "09:00-18:00" (got 9)'])
    // 09:60 is not a time: the range is not also said to end before it starts.
    expect(problems({ mon: '10:00-09:60' })).toEqual(['hours.mon: ends at 09:60, not a time of day (00:01 to 24:00)'])
  })

  it('refuses a time that is not a time of day, at the start or at the end', () => {
    expect(problems({ mon: '24:00-24:00', tue: '09:60-10:00', wed: '09:00-24:01', thu: '09:00-18:60', fri: '25:00-26:00' })).toEqual([
      'hours.mon: starts at 24:00, not a time of day (00:00 to 23:59)',
      'hours.tue: starts at 09:60, not a time of day (00:00 to 23:59)',
      'hours.wed: ends at 24:01, not a time of day (00:01 to 24:00)',
      'hours.thu: ends at 18:60, not a time of day (00:01 to 24:00)',
      'hours.fri: starts at 25:00, not a time of day (00:00 to 23:59)',
      'hours.fri: ends at 26:00, not a time of day (00:01 to 24:00)',
    ])
  })

  it('refuses an empty range, saying how to write one past midnight', () => {
    expect(problems({ mon: ['10:00-10:00'] })).toEqual([
      'hours.mon[0]: must start before it ends (got 10:00-10:00); split a range past midnight over two days, ending the first at 24:00',
    ])
  })

  it('refuses hours that are not given day by day, and a day that is not a range', () => {
    expect(problems('Mon-Fri 09:00-18:00')).toEqual([`hours: must give the hours of each day, such as { mon: ['09:00-18:00'] } (got "Mon-Fri 09:00-18:00")`])
    expect(problems(['09:00-18:00'])[0]).toMatch(/^hours: must give the hours of each day/)
    expect(problems(null)[0]).toMatch(/^hours: must give the hours of each day/)
    expect(problems({ mon: 9 })).toEqual(['hours.mon: must be a range "09:00-18:00" or an array of them (got 9)'])
  })

  it('takes ranges that touch, in any order, and refuses one that overlaps another', () => {
    expect(businessCalendar({ timeZone: 'UTC', hours: { mon: ['12:00-14:00', '08:00-12:00'] } }).hours.mon).toEqual(['08:00-12:00', '12:00-14:00'])
    expect(businessCalendar({ timeZone: 'UTC', hours: { mon: ['08:00-12:00', '12:00-14:00'] } }).hours.mon).toEqual(['08:00-12:00', '12:00-14:00'])
    expect(problems({ mon: ['12:00-14:00', '08:00-12:01'] })).toEqual(['hours.mon[1]: overlaps 12:00-14:00'])
    expect(problems({ mon: ['12:00-14:00', '13:59-18:00'] })).toEqual(['hours.mon[1]: overlaps 12:00-14:00'])
  })

  it('says the hours cover no time only when nothing else is wrong with them', () => {
    expect(problems({ mon: [], sun: [] })).toEqual([
      "hours: covers no time at all: the clock would never run (use '24/7' for round-the-clock coverage)",
    ])
    expect(problems({ mon: ['18:00-09:00'] })).toHaveLength(1)
  })
})
