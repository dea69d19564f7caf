// Benchmark of simulate(): throughput in client-months per second for a typical offer, beside the bare
// cost of drawing the same number of random numbers with the same generator in the same run.
// Runs against the built package: `npm run build` first.
//
//   node bench/simulate.mjs               full run: 40 clients × 12 months, trials sized for about 1 s
//   node bench/simulate.mjs --small       smoke run: about 0.1 s per figure
//   node bench/simulate.mjs --runs=3      fewer runs per figure (default 5)
//
// The simulation and the bare draw run alternately, N times each; each figure is the best run, timed in
// CPU time of this process (process.cpuUsage(): single-threaded work, and steadier than the wall clock on
// a shared machine), with the wall-clock time beside it. This is a measurement, not a test: it exits 0
// whether or not the targets are met.

import { performance } from 'node:perf_hooks'
import { offerFromPreset, parseOffer, presets } from '../dist/index.js'
import { simulate } from '../dist/simulation.js'

const args = process.argv.slice(2)
const SMALL = args.includes('--small')
const RUNS = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5) || 5)
const SECONDS = SMALL ? 0.1 : 1

const CLIENTS = 40
const MONTHS = 12
const SEED = 0x6d61746f // 'mato'

const TARGET_THROUGHPUT = 70e6 // client-months per second, single-threaded: the floor the structure work keeps
const TARGET_RATIO = 3.5 // simulation at most 3.5× the bare draw of its random numbers

// A typical small-hosting year: one incident per VPS every ten months, most of them short (median 30 min,
// a long tail), and a hypervisor or network event hitting every client about once in four years.
const incidents = {
  rate: 0.1,
  duration: { type: 'log-normal', median: 'PT30M', sigma: 1.2 },
  correlated: { rate: 0.02, duration: { type: 'exponential', mean: 'PT4H' } },
}

const workloads = [
  {
    label: 'OVH VPS STARTER (2016), 10 EUR, tiers only',
    offer: offerFromPreset(presets.ovhVps2016.starter, { amount: '10', currency: 'EUR' }),
  },
  {
    label: 'CHATONS draft: tiers + GTI 4 h business hours, penalty',
    offer: parseOffer({
      id: 'chatons-draft',
      provider: 'Coop',
      name: 'VPS with GTI',
      services: [{ id: 'vps', fee: { amount: '12', currency: 'EUR' } }],
      commitment: {
        timeZone: 'Europe/Paris',
        credit: { type: 'tiers', tiers: [{ atLeast: '99.0', below: '99.5', credit: '10' }, { below: '99.0', credit: '50' }] },
        gti: {
          within: 'PT4H',
          calendar: {
            timeZone: 'Europe/Paris',
            hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
            holidays: 'FR',
          },
          penalty: { perBreach: '5', cap: '20' },
        },
      },
      organisation: { structure: 'cooperative', salariedStaff: true },
    }),
    intervention: { response: { type: 'exponential', mean: 'PT1H' } },
  },
]

// ---------------------------------------------------------------------------------------------------
// The bare draw: xoshiro128** with the same per-trial seeding as simulate() (a copy of src/simulation/random.ts,
// checked below against the reference values of its tests), stepped on local variables, each output turned
// into a uniform in (0, 1) and added to one sum, so that nothing is optimised away.

function mix32(x) {
  x ^= x >>> 16
  x = Math.imul(x, 0x7feb352d)
  x ^= x >>> 15
  x = Math.imul(x, 0x846ca68b)
  x ^= x >>> 16
  return x >>> 0
}

function streamState(seed, stream, trial, out) {
  const lo = seed >>> 0
  const hi = Math.floor(seed / 4294967296) >>> 0
  const key = mix32((mix32((mix32(mix32(lo) ^ hi) ^ stream) >>> 0) ^ trial) >>> 0)
  for (let i = 0; i < 4; i++) out[i] = mix32((key + (i + 1) * 0x9e3779b9) >>> 0)
  return out
}

// The copy must draw what the library draws: streamState(42, 0, 0) is fixed by test/simulation/random.test.ts.
if (streamState(42, 0, 0, new Uint32Array(4)).join() !== '2539399672,2072935485,1514046182,940431083') {
  throw new Error('bench/simulate.mjs: the copy of streamState differs from src/simulation/random.ts')
}

/** Draws `draws` uniforms in `trials` reseeded blocks, like the simulation, and sums them. */
function bareDraw(draws, trials) {
  const state = new Uint32Array(4)
  const per = Math.ceil(draws / trials)
  let left = draws
  let sum = 0
  for (let trial = 0; trial < trials && left > 0; trial++) {
    streamState(SEED, 0, trial, state)
    let a0 = state[0] | 0
    let a1 = state[1] | 0
    let a2 = state[2] | 0
    let a3 = state[3] | 0
    const n = Math.min(per, left)
    left -= n
    for (let i = 0; i < n; i++) {
      const r = Math.imul(a1, 5)
      const x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0
      const t = a1 << 9
      a2 ^= a0
      a3 ^= a1
      a1 ^= a2
      a0 ^= a3
      a2 ^= t
      a3 = (a3 << 11) | (a3 >>> 21)
      sum += (x + 0.5) * 2.3283064365386963e-10
    }
  }
  return sum
}

// ---------------------------------------------------------------------------------------------------

/** Times fn once: CPU milliseconds of this process, and wall-clock milliseconds. */
function timed(fn) {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const result = fn()
  const wall = performance.now() - t0
  const c = process.cpuUsage(c0)
  return { cpu: (c.user + c.system) / 1000, wall, result }
}

/** Runs a and b alternately RUNS times; the best (least CPU time) run of each. */
function alternate(labels, a, b) {
  const best = [null, null]
  for (let r = 0; r < RUNS; r++) {
    ;[a, b].forEach((fn, i) => {
      const t = timed(fn)
      if (!best[i] || t.cpu < best[i].cpu) best[i] = t
      process.stderr.write(`  ${labels[i]} run ${r + 1}/${RUNS}: ${t.cpu.toFixed(1)} ms CPU, ${t.wall.toFixed(1)} ms wall\n`)
    })
  }
  return best
}

const run = (w, trials) => simulate({ offer: w.offer, clients: CLIENTS, months: MONTHS, trials, seed: SEED, incidents, ...(w.intervention && { intervention: w.intervention }) })

console.log(`matou bench: simulate, ${CLIENTS} clients × ${MONTHS} months, trials sized for about ${SECONDS} s`)
console.log(`node ${process.version}, best of ${RUNS} runs${SMALL ? '; --small: a smoke run, judge the targets on the full run' : ''}\n`)

const rows = []
const checks = []
for (const w of workloads) {
  // Size the run from pilots, after a warm-up (JIT, calendar tables): double until one takes a tenth of the aim.
  run(w, 2000)
  let pilotTrials = 1000
  let pilot = timed(() => run(w, pilotTrials))
  while (pilot.cpu < SECONDS * 100 && pilotTrials < 200_000) {
    pilotTrials *= 2
    pilot = timed(() => run(w, pilotTrials))
  }
  const trials = Math.max(100, Math.min(Math.floor(10_000_000 / MONTHS), Math.round((pilotTrials * SECONDS * 1000) / Math.max(pilot.cpu, 1))))
  const clientMonths = trials * MONTHS * CLIENTS
  const draws = run(w, trials).draws

  const [sim, bare] = alternate([`simulate (${w.label})`, 'bare draw'], () => run(w, trials), () => bareDraw(draws, trials))
  const throughput = clientMonths / (sim.cpu / 1000)
  const ratio = sim.cpu / bare.cpu
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL')
  rows.push([
    w.label,
    `${trials.toLocaleString('en-US')} trials = ${(clientMonths / 1e6).toFixed(1)} M client-months`,
    `${sim.cpu.toFixed(1)} ms (wall ${sim.wall.toFixed(1)})`,
    `${(throughput / 1e6).toFixed(1)} M/s (≥ ${TARGET_THROUGHPUT / 1e6} M/s: ${verdict(throughput >= TARGET_THROUGHPUT)})`,
    `${(draws / 1e6).toFixed(1)} M uniforms in ${bare.cpu.toFixed(1)} ms (wall ${bare.wall.toFixed(1)})`,
    `${ratio.toFixed(2)}× (≤ ${TARGET_RATIO}×: ${verdict(ratio <= TARGET_RATIO)})`,
  ])
  const r = sim.result
  const f = (x) =>
    `${x.expectedMonthlyCost.toFixed(2)} ${r.currency}/month ` +
    `[${x.expectedMonthlyCostInterval.low.toFixed(2)}, ${x.expectedMonthlyCostInterval.high.toFixed(2)}], ` +
    `p99 ${x.p99.amount.toFixed(2)} (${x.p99.percentOfRevenue.toFixed(1)} %), P(any credit) ${(x.probabilityAnyCredit * 100).toFixed(1)} %` +
    (x.gtiBreachRate === null ? '' : `, GTI breached ${(x.gtiBreachRate * 100).toFixed(1)} %`)
  checks.push(`${w.label} (revenue ${r.revenuePerMonth.toFixed(2)} ${r.currency}/month; bare sum ${bare.result.toFixed(0)}):`)
  checks.push(`  independent only: ${f(r.independentOnly)}`)
  checks.push(`  with correlated:  ${f(r.withCorrelated)}`)
}

const head = ['workload', 'size', 'simulate', 'throughput', 'bare draw', 'ratio']
const all = [head, ...rows]
const widths = head.map((_, c) => Math.max(...all.map((r) => r[c].length)))
const line = (r) => r.map((x, c) => x.padEnd(widths[c])).join('  ')
console.log(line(head))
console.log('-'.repeat(widths.reduce((a, b) => a + b + 2, -2)))
for (const r of rows) console.log(line(r))
console.log(`\n${checks.join('\n')}`)
console.log(
  '\n(CPU times, best of the alternating runs; throughput = trials × months × clients / best time; the bare draw is' +
    ' the same number of xoshiro128** uniforms, reseeded per trial like the simulation and summed, in the same process;' +
    ' ratio = simulate / bare draw)',
)
