import { InputError } from '../errors.js'
import { evaluateGuarantees } from '../guarantees/evaluate.js'
import { type Offer } from '../offers/offer.js'
import { type IncidentInput } from '../schema/incident.js'
import { type StatementWarning } from '../statement/warnings.js'
import { parsePeriod } from '../time/period.js'

/**
 * The guarantees of a log's incidents that an offer compared on them cannot judge, as a statement warns of
 * them: the incident has neither reportedAt nor detectedAt, so the GTI or GTR clock cannot start. One
 * warning per incident and guarantee, whichever offers meet it, in the log's order; `at[k]` is the place in
 * the log of `incidents[k]`, so that the warning names the log's line and the incident's id.
 */
export function unjudgedGuarantees(offers: readonly Offer[], incidents: readonly IncidentInput[], at: readonly number[], month: string, file: string): StatementWarning[] {
  const found = new Map<string, StatementWarning & { kind: 'not-evaluable' }>()
  for (const offer of offers) {
    const commitment = offer.commitment
    if (!commitment.gti && !commitment.gtr) continue
    try {
      // The incidents the comparison judges: those whose clock would start in the month, in the offer's zone.
      evaluateGuarantees({ commitment, incidents, period: parsePeriod(month, commitment.timeZone) })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      for (const issue of error.issues) {
        const k = /^incidents\[(\d+)\]$/.exec(issue.path)?.[1]
        const incident = k === undefined ? undefined : at[Number(k)]
        if (issue.code !== 'no-clock-start' || incident === undefined) continue
        const guarantee = String(issue.params.guarantee).toLowerCase() === 'gtr' ? 'gtr' : 'gti'
        const id = incidents[Number(k)]?.id
        found.set(`${incident}:${guarantee}`, {
          kind: 'not-evaluable',
          guarantee,
          incident,
          path: `incidents[${incident}]`,
          ...(id !== undefined && id !== null && id !== '' && { id: String(id) }),
          file,
        })
      }
    }
  }
  return [...found.values()].sort((a, b) => a.incident - b.incident || a.guarantee.localeCompare(b.guarantee))
}
