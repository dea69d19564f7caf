/**
 * Inline SVG charts for the HTML reports: plain SVG elements styled by the page's CSS, no script, no
 * outside reference (no `xmlns` either: inline SVG in HTML needs none).
 */
import { type AvailabilityReport, type Contribution } from '../availability/measure.js'
import { type Credit } from '../credits/credit.js'
import { type Tier, type TierBound } from '../commitment/tiers.js'
import { Decimal } from '../decimal.js'
import { civilFromDays, DAY, daysFromCivil } from '../time/civil.js'
import { firstInstantAtWallClock, zoneOffset } from '../time/offset.js'
import { type Period } from '../time/period.js'
import { escapeHtml } from './document.js'
import { type Formatter } from './format.js'
import { incidentName } from './sentences.js'

const W = 720
const L = 12
const R = 12

function r(n: number): string {
  return String(Math.round(n * 10) / 10)
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${r(x)}" y="${r(y)}"${attrs ? ` ${attrs}` : ''}>${escapeHtml(content)}</text>`
}

/** `-log10(1 − a/100)`: 90 % → 1, 99 % → 2, 99.9 % → 3. */
function nines(a: number): number {
  return a >= 100 ? Number.POSITIVE_INFINITY : -Math.log10(1 - a / 100)
}

/** The availability scale: bands as shaded ranges, their edges marked, the month's figure as a marker. */
function scaleRows(f: Formatter, availability: Decimal, tiers: readonly Tier[], y0: number): { svg: string; height: number } {
  const bounds = new Map<number, TierBound>()
  for (const t of tiers) for (const b of [t.lower, t.upper]) if (b && b.value.gt(0) && b.value.lt(100)) bounds.set(b.value.toNumber(), b)
  const edges = [...bounds].sort((a, b) => a[0] - b[0])
  const first = edges[0]
  const last = edges[edges.length - 1]
  if (first === undefined || last === undefined) return { svg: '', height: 0 }
  const a = availability.toNumber()
  const lo = Math.max(0, Math.floor(Math.min(nines(first[0]), nines(a)) - 0.3))
  const hi = Math.max(lo + 1, Math.ceil(nines(last[0]) + 0.7))
  const x = (v: number) => {
    const n = Math.min(Math.max(nines(v), lo), hi)
    return L + ((n - lo) / (hi - lo)) * (W - L - R)
  }
  const maxCredit = Math.max(...tiers.map((t) => t.credit.toNumber()), 1)
  const top = y0 + 44
  const h = 22
  const parts: string[] = []
  parts.push(text(L, y0 + 12, f.m.chart.scaleTitle, 'class="label-muted"'))
  for (const t of tiers) {
    const x1 = x(t.lower ? t.lower.value.toNumber() : 0)
    const x2 = x(t.upper ? t.upper.value.toNumber() : 100)
    if (x2 - x1 < 0.5) continue
    const opacity = 0.15 + 0.6 * (t.credit.toNumber() / maxCredit)
    parts.push(
      `<rect class="band" x="${r(x1)}" y="${top}" width="${r(x2 - x1)}" height="${h}" fill="#b3261e" fill-opacity="${Math.round(opacity * 100) / 100}"><title>${escapeHtml(`${f.band(t)} → ${f.percent(t.credit)}`)}</title></rect>`,
    )
    if (x2 - x1 > 34) parts.push(text((x1 + x2) / 2, top + 15, f.percent(t.credit), 'text-anchor="middle"'))
  }
  parts.push(`<rect class="frame" x="${L}" y="${top}" width="${W - L - R}" height="${h}"/>`)
  const xa = x(a)
  for (let k = lo; k <= hi; k++) {
    const v = new Decimal(100).minus(new Decimal(10).pow(2 - k))
    const xk = x(v.toNumber())
    parts.push(`<line class="tick" x1="${r(xk)}" y1="${top + h}" x2="${r(xk)}" y2="${top + h + 4}"/>`)
    // The marker's own label sits below: a whole-nine label too close to it would collide.
    if (Math.abs(xk - xa) > 45 || k === lo || k === hi)
      parts.push(text(xk, top + h + 15, f.percent(v), `text-anchor="${k === lo ? 'start' : k === hi ? 'end' : 'middle'}" class="label-muted"`))
  }
  let lastLabel = -Infinity
  for (const [e, bound] of edges) {
    const xe = x(e)
    parts.push(`<line class="edge" x1="${r(xe)}" y1="${top - 4}" x2="${r(xe)}" y2="${top + h}"/>`)
    if (xe - lastLabel > 40) {
      parts.push(text(xe, top - 6, f.bound(bound), 'text-anchor="middle"'))
      lastLabel = xe
    }
  }
  // The target: the availability above which no credit is owed, the top of the highest band.
  const target = targetBound(tiers)
  if (target) {
    const xt = x(target.value.toNumber())
    parts.push(`<line class="target" x1="${r(xt)}" y1="${top - 18}" x2="${r(xt)}" y2="${top + h + 6}"><title>${escapeHtml(f.m.chart.target(f.bound(target)))}</title></line>`)
    parts.push(text(xt - 3, top - 20, f.m.chart.target(f.bound(target)), 'text-anchor="end" class="target-label"'))
  }
  parts.push(`<path class="marker" d="M${r(xa)} ${top + h - 2} l-6 12 h12 z"><title>${escapeHtml(f.m.chart.availabilityMarker(f.availability(availability)))}</title></path>`)
  parts.push(text(Math.min(Math.max(xa, L + 60), W - R - 60), top + h + 28, f.m.chart.availabilityMarker(f.availability(availability)), 'text-anchor="middle"'))
  return { svg: parts.join(''), height: 44 + h + 34 }
}

/** The top of the highest band: the availability a provider promises, above which nothing is owed. */
function targetBound(tiers: readonly Tier[]): TierBound | undefined {
  let best: TierBound | undefined
  for (const t of tiers) if (t.upper && t.upper.value.lte(100) && (!best || t.upper.value.gt(best.value))) best = t.upper
  return best
}

/** Day (or month) boundaries of a period in a zone, for the timeline's ticks. */
function ticks(period: Period, zone: string): { t: number; label: string | null }[] {
  const start = period.start.getTime()
  const end = period.end.getTime()
  const out: { t: number; label: string | null }[] = []
  const byMonth = end - start > 62 * DAY
  let { year, month, day } = civilFromDays(Math.floor((start + zoneOffset(zone, start)) / DAY))
  if (byMonth) day = 1
  for (let guard = 0; guard < 1000; guard++) {
    const t = firstInstantAtWallClock(daysFromCivil(year, month, day) * DAY, zone)
    if (t >= end) break
    if (t >= start) out.push({ t, label: byMonth ? `${month}` : day === 1 || (day - 1) % 7 === 0 ? String(day) : null })
    if (!byMonth) ({ year, month, day } = civilFromDays(daysFromCivil(year, month, day) + 1))
    else if (month === 12) [year, month] = [year + 1, 1]
    else month += 1
  }
  return out
}

/** The incidents on a timeline of the period: counted ones in the top lane, the others below. */
function timelineRows(f: Formatter, report: AvailabilityReport, y0: number, hatch: string, describe: (c: Contribution) => string): { svg: string; height: number } {
  const start = report.period.start.getTime()
  const end = report.period.end.getTime()
  const span = end - start
  const x = (t: number) => L + ((Math.min(Math.max(t, start), end) - start) / span) * (W - L - R)
  const top = y0 + 18
  const lane = 16
  const parts: string[] = []
  parts.push(text(L, y0 + 12, f.m.chart.timelineTitle, 'class="label-muted"'))
  parts.push(`<rect class="frame" x="${L}" y="${top}" width="${W - L - R}" height="${lane * 2 + 4}"/>`)
  for (const tk of ticks(report.period, f.zone)) {
    const xt = x(tk.t)
    parts.push(`<line class="tick" x1="${r(xt)}" y1="${top}" x2="${r(xt)}" y2="${top + lane * 2 + (tk.label ? 8 : 4)}"/>`)
    if (tk.label) parts.push(text(xt + 2, top + lane * 2 + 16, tk.label, 'class="label-muted"'))
  }
  for (const c of report.contributions) {
    const x1 = x(c.start.getTime())
    const w = Math.max(1.5, x(c.end.getTime()) - x1)
    const counted = c.status === 'counted'
    const cls = counted ? 'incident' : c.status === 'excluded' ? 'excluded' : 'ignored'
    const y = counted ? top + 2 : top + lane + 2
    const fill = c.status === 'excluded' ? ` fill="url(#${hatch})"` : ''
    parts.push(
      `<rect class="${cls}" data-incident="${escapeHtml(incidentName(f, c.index, c.id))}" x="${r(x1)}" y="${y}" width="${r(w)}" height="${lane - 2}"${fill}><title>${escapeHtml(describe(c))}</title></rect>`,
    )
  }
  const legendY = top + lane * 2 + 30
  parts.push(`<rect class="incident-key" x="${L}" y="${legendY - 9}" width="10" height="10" fill="#b3261e"/>`)
  parts.push(text(L + 14, legendY, f.m.chart.counted))
  parts.push(`<rect x="${L + 90}" y="${legendY - 9}" width="10" height="10" fill="url(#${hatch})" stroke="#9aa0a6"/>`)
  parts.push(text(L + 104, legendY, f.m.chart.excluded))
  parts.push(`<rect class="ignored" x="${L + 180}" y="${legendY - 9}" width="10" height="10"/>`)
  parts.push(text(L + 194, legendY, f.m.chart.notCounted))
  return { svg: parts.join(''), height: 18 + lane * 2 + 4 + 34 }
}

/** The credit as a share of the fee, 0 to 100 %. */
/** A credit as charts read it: its amount is undefined when the fee is unknown. */
type ChartCredit = Pick<Credit, 'percent'> & ({ amount: Credit['amount']; currency: string; scale: number } | { amount: undefined })

function creditRow(f: Formatter, credit: ChartCredit, y0: number): { svg: string; height: number } {
  const top = y0 + 18
  const width = W - L - R
  const p = Math.min(100, Math.max(0, credit.percent.toNumber()))
  const label = f.m.chart.creditBar(f.approxPercent(credit.percent), credit.amount === undefined ? f.m.statement.unknownAmount : f.money(credit.amount, credit.currency, credit.scale))
  return {
    svg:
      text(L, y0 + 12, f.m.chart.creditTitle, 'class="label-muted"') +
      `<rect class="frame" x="${L}" y="${top}" width="${width}" height="14"/>` +
      (p > 0 ? `<rect class="credit-bar" x="${L}" y="${top}" width="${r(Math.max(1, (p / 100) * width))}" height="14"><title>${escapeHtml(label)}</title></rect>` : '') +
      text(L + Math.max(1, (p / 100) * width) + 6, top + 11, label),
    height: 18 + 14 + 10,
  }
}

/**
 * One element's figure: availability against the bands (a scale with one step per nine, the band edges
 * marked), its incidents on the period's timeline (`class="incident"` and `data-incident` on each counted
 * one; excluded ones hatched, others dashed; a `<title>` tooltip each), and its credit.
 */
export function elementChart(
  f: Formatter,
  o: { key: string; report: AvailabilityReport; credit: ChartCredit; tiers: readonly Tier[]; describe: (c: Contribution) => string; label: string },
): string {
  const hatch = `hatch--${o.key}`
  const scale = scaleRows(f, o.report.availability, o.tiers, 0)
  const timeline = timelineRows(f, o.report, scale.height, hatch, o.describe)
  const credit = creditRow(f, o.credit, scale.height + timeline.height)
  const height = scale.height + timeline.height + credit.height
  return (
    `<figure><svg viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${escapeHtml(o.label)}">` +
    `<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="2" height="5" fill="#9aa0a6"/></pattern></defs>` +
    scale.svg +
    timeline.svg +
    credit.svg +
    `</svg></figure>`
  )
}

/** A bar chart of compensation against the client's loss, one group per scenario, each on its own scale. */
export function comparisonChart(
  f: Formatter,
  groups: readonly { name: string; loss?: { value: Decimal; text: string }; bars: readonly { name: string; value: Decimal; text: string }[] }[],
): string {
  const labelW = 230
  const row = 18
  const parts: string[] = []
  let y = 4
  for (const g of groups) {
    y += 14
    parts.push(text(4, y, g.name, 'font-weight="600"'))
    y += 6
    const max = Math.max(g.loss ? g.loss.value.toNumber() : 0, ...g.bars.map((b) => b.value.toNumber()))
    const scale = (v: Decimal) => (max > 0 ? (v.toNumber() / max) * (W - labelW - 120) : 0)
    const bars = [...(g.loss ? [{ name: f.m.chart.lossBar, value: g.loss.value, text: g.loss.text, cls: 'bar-loss' }] : []), ...g.bars.map((b) => ({ ...b, cls: 'bar-compensation' }))]
    for (const b of bars) {
      const w = scale(b.value)
      parts.push(text(labelW - 6, y + 12, b.name, `text-anchor="end"${b.cls === 'bar-loss' ? ' class="label-muted"' : ''}`))
      parts.push(
        `<rect class="${b.cls}" x="${labelW}" y="${y + 2}" width="${r(Math.max(b.value.gt(0) ? 1 : 0, w))}" height="${row - 5}"><title>${escapeHtml(`${b.name}: ${b.text}`)}</title></rect>`,
      )
      parts.push(text(labelW + Math.max(w, 0) + 6, y + 12, b.text))
      y += row
    }
    y += 6
  }
  const height = y + 4
  return `<figure><svg viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${escapeHtml(f.m.chart.comparisonTitle)}">${parts.join('')}</svg><figcaption>${escapeHtml(`${f.m.chart.comparisonTitle}. ${f.m.chart.ownScale}`)}</figcaption></figure>`
}

/**
 * A downtime budget on one axis: each band's range of downtime in the period as a segment shaded by its
 * credit, every band of the offer drawn, the downtime allowed before any credit marked.
 */
export function budgetChart(
  f: Formatter,
  o: { bands: readonly { label: string; credit: Decimal; min: number; max: number; reachable: boolean }[]; allowedMs: number; periodMs: number; title: string },
): string {
  const labelW = 200
  const row = 20
  const width = W - labelW - 20
  // The scale ends past the start of the last band, not at the month's end, where every band would be a sliver.
  const lastStart = Math.max(o.allowedMs, ...o.bands.filter((b) => b.reachable).map((b) => b.min))
  const end = Math.min(o.periodMs, Math.max(1, lastStart * 1.5))
  const x = (ms: number) => labelW + (Math.min(ms, end) / end) * width
  const maxCredit = Math.max(1, ...o.bands.map((b) => b.credit.toNumber()))
  const parts: string[] = [text(4, 14, o.title, 'class="label-muted"')]
  let y = 24
  for (const b of o.bands) {
    parts.push(text(labelW - 6, y + 13, b.label, 'text-anchor="end"'))
    if (b.reachable) {
      const x1 = x(b.min)
      const w = Math.max(1.5, x(b.max) - x1)
      const opacity = b.credit.isZero() ? 0.08 : 0.15 + 0.6 * (b.credit.toNumber() / maxCredit)
      parts.push(
        `<rect class="band" x="${r(x1)}" y="${y + 2}" width="${r(w)}" height="${row - 6}" fill="#b3261e" fill-opacity="${Math.round(opacity * 100) / 100}"><title>${escapeHtml(`${b.label} → ${f.percent(b.credit)}`)}</title></rect>`,
      )
      parts.push(text(Math.min(x1 + w + 4, W - 60), y + 13, f.percent(b.credit)))
    }
    y += row
  }
  const xa = x(o.allowedMs)
  parts.push(`<line class="target" x1="${r(xa)}" y1="20" x2="${r(xa)}" y2="${y + 2}"/>`)
  parts.push(text(Math.max(xa, labelW + 80), y + 16, f.m.chart.allowed(f.duration(o.allowedMs)), 'text-anchor="end" class="target-label"'))
  const height = y + 24
  return `<figure><svg viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${escapeHtml(o.title)}">${parts.join('')}</svg></figure>`
}

/** Months of a simulation as bars: the median, p95, p99 and worst month, in percent of revenue, per variant. */
export function simulationChart(f: Formatter, o: { title: string; groups: readonly { name: string; bars: readonly { name: string; percent: Decimal }[] }[] }): string {
  const labelW = 200
  const row = 18
  const max = Math.max(0.01, ...o.groups.flatMap((g) => g.bars.map((b) => b.percent.toNumber())))
  const scale = (p: number) => (p / max) * (W - labelW - 90)
  const parts: string[] = [text(4, 14, o.title, 'class="label-muted"')]
  let y = 20
  for (const g of o.groups) {
    y += 14
    parts.push(text(4, y, g.name, 'font-weight="600"'))
    y += 4
    for (const b of g.bars) {
      const w = scale(b.percent.toNumber())
      parts.push(text(labelW - 6, y + 12, b.name, 'text-anchor="end"'))
      parts.push(`<rect class="credit-bar" x="${labelW}" y="${y + 2}" width="${r(Math.max(b.percent.gt(0) ? 1 : 0, w))}" height="${row - 5}"><title>${escapeHtml(`${b.name}: ${f.share(b.percent)}`)}</title></rect>`)
      parts.push(text(labelW + w + 6, y + 12, f.share(b.percent)))
      y += row
    }
  }
  const height = y + 8
  return `<figure><svg viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${escapeHtml(o.title)}">${parts.join('')}</svg></figure>`
}

/**
 * How the monthly totals spread, as a histogram on its side: one bar per range of totals, its length the
 * number of months; the months without credit come first, muted, so that the others can be read beside them.
 */
export function distributionChart(f: Formatter, o: { title: string; rows: readonly { label: string; months: number; count: string; muted?: boolean }[] }): string {
  const labelW = 220
  const row = 16
  const max = Math.max(1, ...o.rows.map((b) => b.months))
  const scale = (n: number) => (n / max) * (W - labelW - 110)
  const parts: string[] = [text(4, 14, o.title, 'class="label-muted"')]
  let y = 22
  for (const b of o.rows) {
    const w = scale(b.months)
    parts.push(text(labelW - 6, y + 11, b.label, `text-anchor="end"${b.muted ? ' class="label-muted"' : ''}`))
    parts.push(
      `<rect class="${b.muted ? 'dist-zero' : 'dist-bar'}" x="${labelW}" y="${y + 1}" width="${r(Math.max(b.months > 0 ? 1 : 0, w))}" height="${row - 4}"><title>${escapeHtml(`${b.label}: ${b.count}`)}</title></rect>`,
    )
    parts.push(text(labelW + w + 6, y + 11, b.count))
    y += row
  }
  const height = y + 8
  return `<figure><svg viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${escapeHtml(o.title)}">${parts.join('')}</svg></figure>`
}
