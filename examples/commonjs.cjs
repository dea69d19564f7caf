// The package works from CommonJS too.
const { monthPeriod, measureAvailability, presets } = require('matou')

const period = monthPeriod({ year: 2026, month: 10, timeZone: 'Europe/Paris' })
const report = measureAvailability({
  commitment: presets.ovhVps2016.value,
  period,
  incidents: [{ start: '2026-10-25T02:30:00+01:00', end: '2026-10-25T03:30:00+01:00' }],
})
console.log(`October 2026 in Paris lasts ${period.durationMs / 3_600_000} h; one hour down: ${report.availability.toFixed(4)} %`)
