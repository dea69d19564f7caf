// GTI and GTR of a service desk's year: 100,000 tickets with about 600,000 status changes (waits on the
// client and on vendors among them), on business hours in Paris with French public holidays, against a
// bare sort of the same status-change times (a Float64Array), in the same process.
//
//   npm run bench          (after npm run build)
//   node --expose-gc bench/guarantees.mjs --small --runs=5
//
// Timed in interleaved rounds, the order rotated at each round (bench/harness.mjs). The figure is the
// whole guaranteeColumns call, what a desk's compliance figures need: reading the tickets and their
// histories, both clocks of every ticket as columns (deadline, done, met or breached, lateness, penalty
// units), and the statistics. evaluateGuarantees, which builds an outcome object per ticket and
// guarantee, is timed beside it for comparison, and guaranteeCompliance, the rows by month × priority ×
// client grouped from the columns.

import { evaluateGuarantees, guaranteeColumns, guaranteeCompliance } from '../dist/index.js'
import { interleave, loadLine, ratio, runsFrom, table } from './harness.mjs'

const args = process.argv.slice(2)
const SMALL = args.includes('--small')
const RUNS = runsFrom(args)
const TICKETS = SMALL ? 10_000 : 100_000

const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
}
const commitment = {
  timeZone: 'Europe/Paris',
  gti: { within: 'PT4H', calendar: office, pauseOn: ['waiting-customer', 'waiting-vendor'], penalty: { perBreach: '5' } },
  gtr: {
    within: 'PT16H',
    calendar: office,
    pauseOn: ['waiting-customer', 'waiting-vendor'],
    byPriority: { P1: { within: 'PT4H', calendar: '24/7' }, P4: { due: { businessDays: 5 } } },
    penalty: { perLate: { percent: '1', per: 'PT1H' } },
  },
}

function buildTickets() {
  let seed = 11
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const from = Date.UTC(2026, 0, 1)
  const year = 365 * 86_400_000
  const minutes = (n) => Math.floor(random() * n) * 60_000
  const incidents = []
  const times = []
  for (let i = 0; i < TICKETS; i++) {
    const reported = from + Math.floor((random() * year) / 60_000) * 60_000
    const taken = reported + minutes(6 * 60)
    const waiting = taken + minutes(24 * 60)
    const back = waiting + minutes(48 * 60)
    const resolved = back + minutes(24 * 60)
    const closed = resolved + minutes(72 * 60)
    const history = [
      { at: reported, status: 'new' },
      { at: taken, status: 'in-progress' },
      { at: waiting, status: random() < 0.7 ? 'waiting-customer' : 'waiting-vendor' },
      { at: back, status: 'in-progress' },
      { at: resolved, status: 'resolved' },
      { at: closed, status: 'closed' },
    ]
    for (const e of history) times.push(e.at)
    incidents.push({
      id: `T-${i}`,
      start: reported,
      end: resolved,
      reportedAt: reported,
      interventionAt: taken,
      priority: `P${1 + Math.floor(random() * 4)}`,
      statusHistory: history,
    })
  }
  return { incidents, times }
}

const { incidents, times } = buildTickets()
console.log(`${TICKETS.toLocaleString('en')} tickets, ${times.length.toLocaleString('en')} status changes; ${loadLine()}`)

const result = await interleave(
  [
    { name: 'guaranteeColumns', run: () => guaranteeColumns({ commitment, incidents }).count },
    { name: 'evaluateGuarantees', run: () => evaluateGuarantees({ commitment, incidents }).incidents.length },
    { name: 'guaranteeCompliance', run: () => guaranteeCompliance({ commitment, incidents }).rows.length },
    { name: 'sort of the event times', run: () => Float64Array.from(times).sort()[0] },
  ],
  RUNS,
)
const c = result.guaranteeColumns
const m = result.evaluateGuarantees
const g = result.guaranteeCompliance
const s = result['sort of the event times']
const r = ratio(c, s)
const ro = ratio(m, s)
const rg = ratio(g, s)
table([
  ['', 'min ms', 'median ms'],
  ['guaranteeColumns', c.min.toFixed(1), c.median.toFixed(1)],
  ['evaluateGuarantees', m.min.toFixed(1), m.median.toFixed(1)],
  ['guaranteeCompliance', g.min.toFixed(1), g.median.toFixed(1)],
  ['sort of the event times', s.min.toFixed(1), s.median.toFixed(1)],
  ['ratio (columns / sort)', `${r.min.toFixed(2)}×`, `${r.median.toFixed(2)}×`],
  ['ratio (objects / sort)', `${ro.min.toFixed(2)}×`, `${ro.median.toFixed(2)}×`],
  ['ratio (compliance / sort)', `${rg.min.toFixed(2)}×`, `${rg.median.toFixed(2)}×`],
])
// CPU time moves less than wall-clock time on a loaded machine, which counts the waits for a core.
const rc = ratio(c.cpu, s.cpu)
console.log(`CPU time, columns / sort: ${rc.min.toFixed(2)}× min, ${rc.median.toFixed(2)}× median`)
