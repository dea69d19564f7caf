/**
 * The statement benchmarks' workload as the columns a reader of a large log hands to `monthlyStatement`
 * (`IncidentColumns`, what `parseCsvIncidentColumns` of `matou/io` builds): the same incidents as
 * `buildWorkload(mode)` of workload.mjs, in the same order, each element name interned once. Built here
 * rather than through the CSV reader so that the figure is the statement's alone, not the reader's.
 */
export function columnsOf(incidents) {
  const n = incidents.length
  const start = new Float64Array(n)
  const end = new Float64Array(n)
  const impact = new Uint8Array(n)
  const cause = new Uint8Array(n)
  const element = new Int32Array(n)
  const names = []
  const nameIndex = Object.create(null)
  const IMPACT = { outage: 0, partial: 1, degraded: 2 }
  const CAUSE = { unplanned: 0, maintenance: 1 }
  const EMPTY = new Float64Array(0)
  for (let i = 0; i < n; i++) {
    const x = incidents[i]
    start[i] = typeof x.start === 'number' ? x.start : new Date(x.start).getTime()
    end[i] = typeof x.end === 'number' ? x.end : new Date(x.end).getTime()
    impact[i] = IMPACT[x.impact ?? 'outage']
    cause[i] = CAUSE[x.cause ?? 'unplanned']
    const name = x.elements[0]
    let k = nameIndex[name]
    if (k === undefined) {
      k = names.length
      names.push(name)
      nameIndex[name] = k
    }
    element[i] = k
  }
  return {
    kind: 'incident-columns',
    count: n,
    start,
    end,
    impact,
    cause,
    element,
    names,
    nameIndex,
    everywhere: [],
    lists: [],
    ids: [],
    detectedAt: EMPTY,
    reportedAt: EMPTY,
    interventionAt: EMPTY,
    restoredAt: EMPTY,
    toIncidents: () => incidents,
  }
}
