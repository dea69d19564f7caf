import { monthPeriod, measureAvailability, creditFor, presets } from 'matou'

const period = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }) // 743 h
const incidents = [{ id: 'inc-1', start: '2026-03-10T09:00:00+01:00', end: '2026-03-10T13:00:00+01:00', elements: ['vps-1'] }]
const commitment = presets.ovhVps2016.starter

const report = measureAvailability({ commitment, period, incidents, element: 'vps-1' })
const credit = creditFor({ commitment, availability: report, fee: { amount: '9.99', currency: 'EUR' } })
console.log(`${report.availability.toFixed(4)} % → ${credit.percent} % → ${credit.amount.toFixed(2)} EUR`)
console.log(credit.explanation.join('\n'))
