// Incidents aligned to clock minutes, measured once for the tests of their steps and of their sentences in
// every language (test/availability/steps.test.ts, test/report/aligned-reasons.test.ts).
import { measureAvailability, monthPeriod } from '../../src/index.js'

const utcApril = monthPeriod({ year: 2026, month: 4 })

/** Minute-up, partial outages weighing 0.5. */
export const alignedOut = measureAvailability({
  commitment: { measurement: { granularity: 'minute-up', weights: { partial: '0.5' } }, credit: { type: 'pro-rata' } },
  period: utcApril,
  incidents: [
    // 40 s, aligned out to 10:00–10:02: 2 min, nothing else under way.
    { id: 'x', start: '2026-04-02T10:00:30Z', end: '2026-04-02T10:01:10Z' },
    // On whole minutes: alignment changes nothing.
    { id: 'y', start: '2026-04-02T11:00:00Z', end: '2026-04-02T11:30:00Z' },
    // 19 min 40 s, aligned out to 11:20–11:41 (21 min), of which 11:20–11:30 is under y: 11 min counted, × 0.5
    // = 5 min 30 s.
    { id: 'z', start: '2026-04-02T11:20:30Z', end: '2026-04-02T11:40:10Z', impact: 'partial' },
  ],
})

/** Minute-down: 1 min 40 s, of which one whole clock minute, 10:01–10:02. */
export const alignedIn = measureAvailability({
  commitment: { measurement: { granularity: 'minute-down' }, credit: { type: 'pro-rata' } },
  period: utcApril,
  incidents: [{ id: 'w', start: '2026-04-02T10:00:30Z', end: '2026-04-02T10:02:10Z' }],
})
