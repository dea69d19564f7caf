// What a consumer of the core entry writes. Compiled without skipLibCheck, so that the published
// declarations themselves are checked, then run, so that the import works at run time as well.
import { creditFor, Decimal, InputError, measureAvailability, monthlyStatement, monthPeriod, presets, type Statement } from 'matou'

function check(label: string, actual: string, expected: string): void {
  if (actual !== expected) throw new Error(`${label}: got ${actual}, expected ${expected}`)
}

const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
const incidents = [{ id: 'fire', start: '2026-03-10T10:00:00Z', end: '2026-03-10T14:00:00Z' }]
const statement: Statement = monthlyStatement({
  commitment: presets.ovhVps2016.starter,
  period: march,
  incidents,
  elements: [{ id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } }],
})
const first = statement.elements[0]
if (first === undefined) throw new Error('the statement has no element')
const amount: Decimal = first.credit.amount
check('credit', amount.toFixed(2), '1.00')
check('total', statement.totals[0]?.credits.plus(new Decimal('0.005')).toFixed(3) ?? '', '1.005')

const report = measureAvailability({ commitment: presets.ovhVps2016.starter, period: march, incidents })
check('availability', report.availability.toDecimalPlaces(4).toString(), '99.4616')
check('credit of 99.5 %', creditFor({ commitment: presets.ovhVps2016.starter, availability: '99.5', fee: { amount: '10', currency: 'EUR' } }).amount.toFixed(2), '0.00')

let issues = 0
try {
  monthPeriod({ year: 2026, month: 13 })
} catch (e) {
  if (e instanceof InputError) issues = e.issues.length
}
check('issues of month 13', String(issues), '1')

// Never called: these lines exist for the compiler, which must reject each of them.
export function mustNotCompile(): void {
  // @ts-expect-error a Decimal has no such method: this compiles only if Decimal has become any
  amount.thisMethodDoesNotExist()
  // @ts-expect-error a Decimal is not a number
  const n: number = amount
  // @ts-expect-error the issues of an InputError are read-only
  new InputError([]).issues.push({ path: '', message: '' })
  void n
}
