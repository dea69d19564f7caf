/**
 * Terms of one client: its own GTI/GTR targets (time, due rule, calendar, targets per priority) over
 * the commitment's. A desk serving several clients keeps one commitment and lists what differs.
 */
import { type Commitment, type Guarantee } from '../commitment/commitment.js'
import { type GuaranteeTarget, readGuaranteeDesk, readTarget } from '../commitment/service-desk.js'
import { describe, type IssueList, joinPath } from '../errors.js'
import { elementsOf, type IncidentTable } from '../incidents/normalise.js'
import { clientOf } from '../incidents/service-desk.js'
import { readBusinessCalendar } from '../time/calendar.js'

/** What a client may change of a guarantee: its time or due rule, its calendar, its targets per priority. */
export interface ClientTargetInput {
  within?: string
  due?: { businessDays?: number; nextBusinessDay?: string }
  calendar?: unknown
  byPriority?: Readonly<Record<string, { within?: string; due?: { businessDays?: number; nextBusinessDay?: string }; calendar?: unknown }>>
}

/**
 * One client: its id (an incident's `client`, or an element billed to it), the name reports show, and
 * its own targets for the GTI and the GTR.
 */
export interface ClientTerms {
  id: string
  name?: string
  gti?: ClientTargetInput
  gtr?: ClientTargetInput
}

/** @internal A client's targets for one guarantee, compiled. */
export interface ClientTarget {
  readonly own?: GuaranteeTarget
  readonly byPriority?: Readonly<Record<string, GuaranteeTarget>>
}

/** @internal The clients of an evaluation, by id. */
export interface ClientBook {
  readonly byId: ReadonlyMap<string, { readonly id: string; readonly name?: string; readonly gti?: ClientTarget; readonly gtr?: ClientTarget }>
}

function readClientTarget(input: unknown, g: Guarantee | undefined, kind: 'gti' | 'gtr', path: string, issues: IssueList): ClientTarget | undefined {
  if (input === undefined) return undefined
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.add(path, `must be { within?, due?, calendar?, byPriority? } (got ${describe(input)})`, 'client-target', { got: describe(input) })
    return undefined
  }
  if (!g) {
    issues.add(path, `sets a target for the ${kind.toUpperCase()}, which the commitment does not have`, 'client-target-none', { kind: kind.toUpperCase() })
    return undefined
  }
  const t = input as ClientTargetInput
  for (const key of Object.keys(t)) if (!['within', 'due', 'calendar', 'byPriority'].includes(key)) issues.add(joinPath(path, key), 'is not a field of a client target (within, due, calendar, byPriority)', 'client-target-key')
  const calendar = t.calendar === undefined ? undefined : readBusinessCalendar(t.calendar, joinPath(path, 'calendar'), issues)
  let own: GuaranteeTarget | undefined
  if (t.within !== undefined || t.due !== undefined) own = readTarget(t, g.calendar, path, issues)
  else if (calendar) own = Object.freeze({ withinMs: g.withinMs, within: g.within, calendar, ...(g.due && { due: g.due }) })
  const desk = t.byPriority === undefined ? undefined : readGuaranteeDesk({ byPriority: t.byPriority }, calendar ?? g.calendar, path, issues)
  return Object.freeze({ ...(own && { own }), ...(desk?.byPriority && { byPriority: desk.byPriority }) })
}

/** @internal Reads a client list under `path`; undefined when none is given. */
export function readClientBook(input: unknown, commitment: Commitment | undefined, path: string, issues: IssueList): ClientBook | undefined {
  if (input === undefined) return undefined
  if (!Array.isArray(input)) {
    issues.add(path, `must be a list of { id, name?, gti?, gtr? } (got ${describe(input)})`, 'client-list', { got: describe(input) })
    return undefined
  }
  const byId = new Map<string, { id: string; name?: string; gti?: ClientTarget; gtr?: ClientTarget }>()
  input.forEach((c: unknown, k) => {
    const at = `${path}[${k}]`
    if (c === null || typeof c !== 'object' || typeof (c as ClientTerms).id !== 'string' || (c as ClientTerms).id.trim() === '') {
      issues.add(at, `must be { id, name?, gti?, gtr? } with an id (got ${describe(c)})`, 'client-terms', { got: describe(c) })
      return
    }
    const terms = c as ClientTerms & Record<string, unknown>
    const id = terms.id.trim()
    if (byId.has(id)) return // the first listing of an id wins, as for the billing of an element
    const gti = commitment ? readClientTarget(terms.gti, commitment.gti, 'gti', joinPath(at, 'gti'), issues) : undefined
    const gtr = commitment ? readClientTarget(terms.gtr, commitment.gtr, 'gtr', joinPath(at, 'gtr'), issues) : undefined
    byId.set(id, { id, ...(terms.name !== undefined && terms.name !== null && { name: String(terms.name) }), ...(gti && { gti }), ...(gtr && { gtr }) })
  })
  return { byId }
}

/**
 * @internal The client of incident `i`: its own `client`, else the first of its elements the list
 * names. Undefined when neither says.
 */
export function clientKeyOf(book: ClientBook | undefined, table: IncidentTable, i: number): string | undefined {
  const own = clientOf(table.desk, i)
  if (own !== undefined || !book) return own
  return elementsOf(table, i)?.find((e) => book.byId.has(e))
}
