/** A holiday list refused, as a French reader sees it: the wording comes from the refusal's code and the value given. */
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { formatIssue } from '../../src/messages/format.js'
import { businessCalendar } from '../../src/time/calendar.js'

function frenchProblems(holidays: unknown, closed?: unknown): string[] {
  try {
    businessCalendar({ timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00' }, holidays, ...(closed !== undefined && { closed }) } as never)
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => `${i.path}: ${formatIssue(i, 'fr')}`)
    throw error
  }
  return []
}

describe('holidays refused, in French', () => {
  it('names the entry and the value it got', () => {
    // 'DE' is no list the library knows, 2026-02-30 no date, 7 neither.
    expect(frenchProblems(['FR', 'DE', '2026-02-30', 7])).toEqual([
      'holidays[1]: doit être "FR", "FR-alsace-moselle", une date AAAA-MM-JJ ou une fonction (année) => dates (valeur reçue\u00a0: "DE")',
      'holidays[2]: doit être "FR", "FR-alsace-moselle", une date AAAA-MM-JJ ou une fonction (année) => dates (valeur reçue\u00a0: "2026-02-30")',
      'holidays[3]: doit être "FR", "FR-alsace-moselle", une date AAAA-MM-JJ ou une fonction (année) => dates (valeur reçue\u00a0: 7)',
    ])
    expect(frenchProblems(['FR', '2026-12-31'])).toEqual([])
  })
})

describe('closed dates refused, in French', () => {
  it('names the list, or the entry, and the value it got', () => {
    expect(frenchProblems([], '2026-12-24')).toEqual(['closed: doit être une liste de dates AAAA-MM-JJ (valeur reçue\u00a0: "2026-12-24")'])
    // 24/12/2026 is the French way of writing it, not YYYY-MM-DD.
    expect(frenchProblems([], ['2026-12-24', '24/12/2026'])).toEqual(['closed[1]: doit être une date AAAA-MM-JJ comme "2026-12-24" (valeur reçue\u00a0: "24/12/2026")'])
  })
})
