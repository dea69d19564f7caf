import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Formatter } from '../../src/report/format.js'
import { messagesFor } from '../../src/report/i18n.js'

// The formatter writes dates and whole numbers without Intl in its hot path; Intl is the reference.
const ZONES = ['Europe/Paris', 'UTC', 'America/Montreal', 'Asia/Kolkata', 'Africa/Monrovia', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns']

function intl(locale: string, zone: string, t: number): string {
  const seconds = Math.floor(t / 1000) % 60 !== 0
  const millis = ((t % 1000) + 1000) % 1000 !== 0
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(seconds || millis ? { second: '2-digit' } : {}),
    ...(millis ? { fractionalSecondDigits: 3 } : {}),
  } as Intl.DateTimeFormatOptions).format(t)
}

describe('the formatter’s own date and number writing agrees with Intl', () => {
  for (const lang of ['fr', 'en'] as const)
    it(`${lang}: dates in every zone, DST changes and odd offsets included`, { timeout: 60_000 }, () => {
      const m = messagesFor(lang)
      fc.assert(
        fc.property(
          fc.constantFrom(...ZONES),
          // 1890 to 2100, often on whole minutes, as incident logs are.
          fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2100, 0, 1) }),
          fc.constantFrom(1, 1000, 60_000),
          (zone, raw, unit) => {
            const t = Math.floor(raw / unit) * unit
            const f = new Formatter(m, zone)
            expect(f.dateTime(t)).toBe(intl(m.locale, zone, t))
            // Around it, in both directions, so that the remembered offset is tried at its edges.
            for (const d of [-3_600_000, 1, 7 * 86_400_000, -86_400_000]) expect(f.dateTime(t + d)).toBe(intl(m.locale, zone, t + d))
          },
        ),
        { numRuns: 400 },
      )
      // The hour Paris skips and the hour it repeats, 2026.
      const f = new Formatter(m, 'Europe/Paris')
      for (const t of [Date.UTC(2026, 2, 29, 0, 59, 59, 999), Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1, 30)])
        expect(f.dateTime(t)).toBe(intl(m.locale, 'Europe/Paris', t))
    })

  for (const lang of ['fr', 'en'] as const)
    it(`${lang}: whole numbers grouped as Intl groups them`, { timeout: 60_000 }, () => {
      const m = messagesFor(lang)
      const f = new Formatter(m, 'UTC')
      const reference = new Intl.NumberFormat(m.locale, { useGrouping: true, maximumFractionDigits: 0 })
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
          const want = reference.format(n)
          expect(f.number(n.toString())).toBe(want)
          if (n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER)) expect(f.number(Number(n))).toBe(want)
        }),
        { numRuns: 500 },
      )
    })
})
