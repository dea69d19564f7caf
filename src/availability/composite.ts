import { Decimal, type DecimalLike, readDecimal } from '../decimal.js'
import { describe, IssueList, joinPath, MatouError } from '../errors.js'
import { readIncidents } from '../incidents/normalise.js'
import { type Cause, CAUSES } from '../schema/commitment.js'
import { type IncidentInput } from '../schema/incident.js'
import { formatInstant, type InstantLike, readInstant } from '../time/instant.js'
import { type Period, type PeriodLike, readPeriod } from '../time/period.js'

/**
 * How a service is built from components: in series (all are needed) or in parallel (any one is enough).
 * Leaves are availabilities in percent (for {@link expectedAvailability}) or element names (for
 * {@link compositeIncidents}).
 */
export type Composite<Leaf> = Leaf | { readonly series: readonly Composite<Leaf>[] } | { readonly parallel: readonly Composite<Leaf>[] }

/**
 * How deeply `series` and `parallel` may nest. A real service is a few levels deep; the limit keeps a
 * hostile or cyclic structure from exhausting the stack.
 */
export const MAX_COMPOSITE_DEPTH = 100

function tooDeep(path: string, depth: number, issues: IssueList): boolean {
  if (depth <= MAX_COMPOSITE_DEPTH) return false
  issues.add(path, `nests series and parallel more than ${MAX_COMPOSITE_DEPTH} levels deep`, 'composite-depth', { max: MAX_COMPOSITE_DEPTH })
  return true
}

const ONE = /* @__PURE__ */ new Decimal(1)
const HUNDRED = /* @__PURE__ */ new Decimal(100)

function isNode<L>(x: Composite<L>): x is { series: readonly Composite<L>[] } | { parallel: readonly Composite<L>[] } {
  return typeof x === 'object' && x !== null && !Decimal.isDecimal(x) && ('series' in x || 'parallel' in x)
}

function children<L>(x: Composite<L>, path: string, issues: IssueList): { kind: 'series' | 'parallel'; list: readonly Composite<L>[] } | undefined {
  const node = x as Record<string, unknown>
  const kind = 'series' in node ? 'series' : 'parallel'
  const list = node[kind]
  if (!Array.isArray(list) || list.length === 0) {
    issues.add(joinPath(path, kind), 'must be a non-empty list of components', 'components-empty')
    return undefined
  }
  // A hole in a sparse list is skipped by every array method: it would vanish rather than be refused.
  for (let i = 0; i < list.length; i++) if (!(i in list)) issues.add(joinPath(joinPath(path, kind), i), 'is missing: a list of components has no holes', 'component-hole')
  return { kind, list }
}

/**
 * The availability to expect of a service from its components' availabilities, assuming they fail
 * independently: in series the product, in parallel one minus the product of the unavailabilities. Exact
 * in decimals.
 *
 * @example
 * expectedAvailability({ series: ['99.95', '99.99'] }).toString()   // '99.940005'
 * expectedAvailability({ parallel: ['99', '99'] }).toString()       // '99.99'
 * @throws InputError naming the path of a bad component.
 */
export function expectedAvailability(structure: Composite<DecimalLike>): Decimal {
  const issues = new IssueList()
  return issues.checked({ result: expected(structure, '', issues, 0) }, 'Invalid composite').result
}

function expected(x: Composite<DecimalLike>, path: string, issues: IssueList, depth: number): Decimal | undefined {
  if (isNode(x)) {
    if (tooDeep(path, depth, issues)) return undefined
    const c = children(x, path, issues)
    if (!c) return undefined
    const parts = c.list.map((y, i) => expected(y, joinPath(joinPath(path, c.kind), i), issues, depth + 1))
    if (parts.some((p) => p === undefined)) return undefined
    const fractions = (parts as Decimal[]).map((p) => p.div(HUNDRED))
    const product =
      c.kind === 'series' ? fractions.reduce((a, f) => a.times(f), ONE) : ONE.minus(fractions.reduce((a, f) => a.times(ONE.minus(f)), ONE))
    return product.times(HUNDRED)
  }
  const d = readDecimal(x, path || 'availability', issues)
  if (d && (d.lt(0) || d.gt(100))) {
    issues.add(path || 'availability', `must be a percentage from 0 to 100 (got ${d.toString()})`, 'percentage', { got: d.toString() })
    return undefined
  }
  return d
}

/** Options of {@link compositeIncidents}. */
export interface CompositeOptions {
  /** The service's structure, with element names as leaves: `{ series: ['db', { parallel: ['web-1', 'web-2'] }] }`. */
  structure: Composite<string>
  /** The components' incident log; an incident names the elements it affects. */
  incidents: readonly IncidentInput[]
  /** Only this period is looked at. */
  period: Period | PeriodLike
  /** Instant at which open incidents are measured. */
  asOf?: InstantLike
  /** The element name to give the whole; default `'composite'`. */
  element?: string
  /** Causes whose incidents make a component down; default `['unplanned', 'third-party']`, the ones a provider answers for. */
  causes?: readonly Cause[]
}

/** A stretch of time `[start, end)` in epoch ms. */
type Span = [number, number]

/** Sorted, disjoint spans. */
type Intervals = Span[]

function union(a: Intervals, b: Intervals): Intervals {
  return merge([...a, ...b])
}

/** The spans sorted and joined where they touch or overlap; empty ones dropped. New spans: the input's are not changed. */
function merge(spans: Span[]): Intervals {
  spans.sort((x, y) => x[0] - y[0])
  const out: Intervals = []
  let last: Span | undefined
  for (const [s, e] of spans) {
    if (e <= s) continue
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else out.push((last = [s, e]))
  }
  return out
}

function intersection(a: Intervals, b: Intervals): Intervals {
  const out: Intervals = []
  let i = 0
  let j = 0
  let x = a[0]
  let y = b[0]
  // Each step moves past the span that ends first, until either list runs out.
  while (x && y) {
    const s = Math.max(x[0], y[0])
    const e = Math.min(x[1], y[1])
    if (e > s) out.push([s, e])
    if (x[1] < y[1]) x = a[++i]
    else y = b[++j]
  }
  return out
}

/**
 * The outages of a whole service from its components' incident logs, by the timeline algebra: in series
 * the whole is down whenever any component is (the union), in parallel only while all are (the
 * intersection). Returns incidents for the whole, to measure under any commitment with
 * `measureAvailability`. Outages and partial outages of a component count as down, degraded performance
 * does not; only incidents of the given causes count (by default those a provider answers for).
 *
 * @example
 * const whole = compositeIncidents({ structure: { parallel: ['web-1', 'web-2'] }, incidents, period })
 * measureAvailability({ commitment, period, incidents: whole }).availability
 * @throws InputError for a bad structure, period or incident.
 */
export function compositeIncidents(options: CompositeOptions): IncidentInput[] {
  const issues = new IssueList()
  const bounds = readPeriod(options?.period, 'period', issues)
  const asOf = options?.asOf === undefined ? undefined : readInstant(options.asOf, 'asOf', issues)
  const table = readIncidents(options?.incidents, asOf, 'incidents', issues)
  checkStructure(options?.structure, 'structure', issues, 0)
  for (const [i, c] of (options?.causes ?? []).entries()) if (!CAUSES.includes(c)) issues.add(`causes[${i}]`, `must be one of ${CAUSES.join(', ')} (got ${describe(c)})`, 'one-of', { options: CAUSES.join(', '), got: describe(c) })
  const { table: t, bounds: read } = issues.checked({ table, bounds }, 'Cannot build the composite')
  const { start: from, end: to } = read
  const causes = new Set((options.causes ?? ['unplanned', 'third-party']).map((c) => CAUSES.indexOf(c)))
  const byElement = new Map<string, Span[]>()
  for (let i = 0; i < t.count; i++) {
    const cause = t.cause[i]
    const start = t.start[i]
    const end = t.end[i]
    // The table's columns hold `count` rows each.
    if (cause === undefined || start === undefined || end === undefined) throw new MatouError('an incident table is shorter than its count')
    if (t.impact[i] === 2 || !causes.has(cause)) continue
    const s = Math.max(start, from)
    const e = Math.min(end, to)
    if (e <= s) continue
    const els = t.elements[i]
    if (!els) {
      // An incident without elements hits every component, and so the whole.
      const all = byElement.get('\u0000all') ?? []
      all.push([s, e])
      byElement.set('\u0000all', all)
      continue
    }
    for (const el of els) {
      const list = byElement.get(el) ?? []
      list.push([s, e])
      byElement.set(el, list)
    }
  }
  const everywhere = merge([...(byElement.get('\u0000all') ?? [])])
  const down = (x: Composite<string>): Intervals => {
    if (typeof x === 'string') return union(merge([...(byElement.get(x) ?? [])]), everywhere)
    if ('series' in x) return x.series.map(down).reduce(union, [])
    return x.parallel.map(down).reduce((acc, y) => intersection(acc, y))
  }
  const result = down(options.structure)
  const element = options.element ?? 'composite'
  const out: IncidentInput[] = []
  for (const [i, [s, e]] of result.entries()) out.push({ id: `${element}-${i + 1}`, start: formatInstant(s), end: formatInstant(e), elements: [element] })
  return out
}

function checkStructure(x: unknown, path: string, issues: IssueList, depth: number): void {
  if (typeof x === 'string' && x.length > 0) return
  if (typeof x === 'object' && x !== null && ('series' in x || 'parallel' in x)) {
    if (tooDeep(path, depth, issues)) return
    const c = children(x as Composite<string>, path, issues)
    c?.list.forEach((y, i) => checkStructure(y, joinPath(joinPath(path, c.kind), i), issues, depth + 1))
    return
  }
  issues.add(path, `must be an element name, { series: [...] } or { parallel: [...] } (got ${describe(x)})`, 'composite', { got: describe(x) })
}
