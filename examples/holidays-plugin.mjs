// Any holiday source plugs into a coverage calendar as a function of the year: here the date-holidays
// package for a team in Bavaria (the core itself needs no holiday package; French holidays are built in).
// Corpus Christi, 4 June 2026, is a public holiday in Bavaria but not in Berlin.
import Holidays from 'date-holidays'
import { addBusinessTime, businessCalendar } from 'matou'

const bavaria = new Holidays('DE', 'BY')
const publicHolidays = (year) => bavaria.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10))

const weekdays = { mon: '08:00-17:00', tue: '08:00-17:00', wed: '08:00-17:00', thu: '08:00-17:00', fri: '08:00-17:00' }
const munich = businessCalendar({ timeZone: 'Europe/Berlin', hours: weekdays, holidays: publicHolidays })

// Reported Wednesday 3 June 2026 at 15:00 with a 4-business-hour GTI: 2 h on Wednesday, Thursday is
// Corpus Christi, so the deadline is Friday 5 June at 10:00 in Munich (08:00Z).
const deadline = addBusinessTime(munich, '2026-06-03T15:00:00+02:00', 'PT4H').toISOString()
if (deadline !== '2026-06-05T08:00:00.000Z') throw new Error(`expected Friday 10:00 in Munich, got ${deadline}`)
console.log(`GTI deadline: ${deadline}`)
console.log(`Closed in 2026: ${publicHolidays(2026).join(', ')}`)
