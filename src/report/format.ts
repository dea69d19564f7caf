import type { Decimal as DecimalBase } from 'decimal.js'
import { currencyScale } from '../credits/money.js'
import { type Tier, type TierBound } from '../commitment/tiers.js'
import { Decimal } from '../decimal.js'
import { civilFromDays, DAY } from '../time/civil.js'
import { type Period } from '../time/period.js'
import { offsetSpan } from '../time/zone-transitions.js'
import { type Messages } from './i18n.js'
import { present } from '../errors.js'

type Numeric = DecimalBase | number | string

const integerFormats = new Map<string, Intl.NumberFormat>()
const patterns = new Map<string, Intl.NumberFormatPart[]>()
const decimalSeparators = new Map<string, string>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function integerFormat(locale: string): Intl.NumberFormat {
  let f = integerFormats.get(locale)
  if (!f) integerFormats.set(locale, (f = new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: 0 })))
  return f
}

function decimalSeparator(locale: string): string {
  let s = decimalSeparators.get(locale)
  if (s === undefined) {
    s = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
    decimalSeparators.set(locale, s)
  }
  return s
}

/** The parts of `1` (or `-1`) written in a style, whose digits are replaced by an exact figure. */
function pattern(locale: string, key: string, options: Intl.NumberFormatOptions, negative: boolean): Intl.NumberFormatPart[] {
  const k = `${locale}|${key}|${negative}`
  let parts = patterns.get(k)
  if (!parts) patterns.set(k, (parts = new Intl.NumberFormat(locale, options).formatToParts(negative ? -0.01 : 0.01)))
  return parts
}

// Instants whose year has four digits in every zone (offsets stay within a day).
const FAST_FROM = Date.UTC(1000, 0, 2)
const FAST_UNTIL = Date.UTC(9999, 11, 30)

/** `00` to `99`. */
const TWO: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)))
/** The fields of a date template, by the index the compiled template holds. */
const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'fractionalSecond']

const templates = new Map<string, readonly Intl.DateTimeFormatPart[] | null>()

/**
 * The parts of a date as the locale writes it, in the style asked (`s`: with seconds, `sms`: and
 * milliseconds), read from a sample whose every field has two digits; null when a field is not written
 * in plain digits, so that the caller goes through `Intl`.
 */
function dateTemplate(locale: string, style: string): readonly Intl.DateTimeFormatPart[] | null {
  const key = `${locale}|${style}`
  let template = templates.get(key)
  if (template === undefined) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    if (style) options.second = '2-digit'
    if (style === 'sms') (options as { fractionalSecondDigits?: number }).fractionalSecondDigits = 3
    // 2026-11-23 14:37:52.681 UTC: no two fields alike, so each part says which field it is.
    const parts = new Intl.DateTimeFormat(locale, options).formatToParts(Date.UTC(2026, 10, 23, 14, 37, 52, 681))
    const expected: Record<string, string> = { year: '2026', month: '11', day: '23', hour: '14', minute: '37', second: '52', fractionalSecond: '681' }
    template = parts.every((p) => p.type === 'literal' || expected[p.type] === p.value) ? Object.freeze(parts) : null
    templates.set(key, template)
  }
  return template
}

/** A date template cut where its fields change pace: the day's text, the minute's, then the seconds. */
interface CompiledDate {
  readonly day: readonly (string | number)[]
  readonly hourMinute: readonly (string | number)[]
  readonly rest: readonly (string | number)[]
  /** The day's text, by day since the epoch. */
  readonly days: Map<number, string>
  /** The text of hour and minute, by minute of the day. */
  readonly minutes: (string | undefined)[]
  /** When the seconds are all that follows the minute (no milliseconds): their text, by second. */
  readonly seconds: readonly string[] | null
}

/**
 * Cuts a template into the day's fields, then hour and minute, then seconds and milliseconds; null when
 * its fields come in another order (it then goes through `Intl`).
 */
function compileDate(parts: readonly Intl.DateTimeFormatPart[] | null): CompiledDate | null {
  if (!parts) return null
  const fields = parts.map((p) => (p.type === 'literal' ? p.value : FIELDS.indexOf(p.type)))
  const hour = fields.indexOf(3)
  const minute = fields.indexOf(4)
  if (hour < 0 || minute < hour) return null
  const day = fields.slice(0, hour)
  const hourMinute = fields.slice(hour, minute + 1)
  const rest = fields.slice(minute + 1)
  const only = (list: readonly (string | number)[], allowed: readonly number[]) => list.every((p) => typeof p === 'string' || allowed.includes(p))
  if (!only(day, [0, 1, 2]) || !only(hourMinute, [3, 4]) || !only(rest, [5, 6])) return null
  const onlySeconds = rest.length > 0 && rest.every((p) => typeof p === 'string' || p === 5)
  const seconds = onlySeconds ? TWO.slice(0, 60).map((two) => rest.map((p) => (typeof p === 'string' ? p : two)).join('')) : null
  return { day, hourMinute, rest, days: new Map(), minutes: [], seconds }
}

const groupings = new Map<string, string | null>()

/**
 * Groups the digits of a whole number as `Intl.NumberFormat` does (`2 674 800 000`, `2,674,800,000`),
 * without a BigInt and a formatter call per figure: a report writes millions of them. The locale's
 * separator is read once; a locale that groups otherwise than by three from four digits, or writes other
 * digits, goes through `Intl` every time.
 */
function groupDigits(locale: string, digits: string): string {
  let sep = groupings.get(locale)
  if (sep === undefined) {
    const f = integerFormat(locale)
    const sample = f.format(1234567n)
    const s = sample.charAt(1)
    sep = sample === `1${s}234${s}567` && f.format(1000n) === `1${s}000` && f.format(999n) === '999' ? s : null
    groupings.set(locale, sep)
  }
  if (sep === null) return integerFormat(locale).format(BigInt(digits))
  if (digits.length <= 3) return digits
  const head = digits.length % 3 || 3
  let out = digits.slice(0, head)
  for (let i = head; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3)
  return out
}

const NUMERIC_PARTS = new Set(['integer', 'group', 'decimal', 'fraction'])

/** A style's parts as the words before the figure and after it; null when it writes no figure. */
const aroundFigure = new WeakMap<readonly Intl.NumberFormatPart[], readonly [string, string] | null>()

function applyPattern(parts: readonly Intl.NumberFormatPart[], digits: string): string {
  // Read once per style (a report writes thousands of percentages and amounts in a few styles).
  let around = aroundFigure.get(parts)
  if (around === undefined) {
    let before = ''
    let after = ''
    let placed = false
    for (const p of parts) {
      if (NUMERIC_PARTS.has(p.type)) placed = true
      else if (placed) after += p.value
      else before += p.value
    }
    around = placed ? [before, after] : null
    aroundFigure.set(parts, around)
  }
  return around ? around[0] + digits + around[1] : parts.map((p) => p.value).join('')
}

/**
 * Formats the figures of a report for one language and one time zone. Numbers are exact: a Decimal is
 * written from its own digits (never through a float), grouped and punctuated by `Intl.NumberFormat` of
 * the dictionary's locale (`fr-FR`: `2 674 800 000`, `99,4616`, `1,00 €`; `en-GB`: `2,674,800,000`,
 * `99.4616`, `€1.00`). Dates go through `Intl.DateTimeFormat` in the time zone given.
 */
export class Formatter {
  readonly locale: string
  constructor(
    readonly m: Messages,
    /** IANA zone of the dates shown. */
    readonly zone: string,
  ) {
    this.locale = m.locale
  }

  withZone(zone: string): Formatter {
    return zone === this.zone ? this : new Formatter(this.m, zone)
  }

  /** The digits of a number in the locale, without sign: exact, or rounded to `places` with `rounding`. */
  private digits(value: Numeric, places?: number, rounding?: DecimalBase.Rounding): { text: string; negative: boolean } {
    // A whole count (milliseconds, incidents) is written from its own digits: no Decimal needed.
    let s = typeof value === 'number' && Number.isSafeInteger(value) && places === undefined ? String(value) : undefined
    if (s === undefined) {
      // A Decimal is written as it is: a copy would hold the same digits.
      const d = value instanceof Decimal ? value : new Decimal(value)
      s = places === undefined ? d.toFixed() : d.toFixed(places, rounding ?? Decimal.ROUND_HALF_UP)
    }
    const negative = s.startsWith('-')
    if (negative) s = s.slice(1)
    const [int, frac] = s.split('.') as [string, string | undefined]
    let text = groupDigits(this.locale, int)
    if (frac) text += decimalSeparator(this.locale) + frac
    return { text, negative: negative && /[1-9]/.test(s) }
  }

  /** A number, exact (`places` undefined) or rounded: `2 674 800 000`, `0,999`. */
  number(value: Numeric, places?: number, rounding?: DecimalBase.Rounding): string {
    // A count: its digits grouped, nothing else to decide.
    if (typeof value === 'number' && places === undefined && value >= 0 && Number.isSafeInteger(value)) return groupDigits(this.locale, String(value))
    const { text, negative } = this.digits(value, places, rounding)
    return negative ? applyPattern(pattern(this.locale, 'n', {}, true), text) : text
  }

  /** A percentage given in percent (not as a fraction): `99,4616 %`, `10 %`. */
  percent(value: Numeric, places?: number, rounding?: DecimalBase.Rounding): string {
    const { text, negative } = this.digits(value, places, rounding)
    return applyPattern(pattern(this.locale, 'p', { style: 'percent' }, negative), text)
  }

  /**
   * An availability for tables: 4 decimals, truncated, so that the figure shown never crosses a band edge
   * the true figure has not crossed (99.49999 % shows as 99.4999 %, not 99.5000 %).
   */
  availability(value: Numeric): string {
    return this.percent(value, 4, Decimal.ROUND_DOWN)
  }

  /** A percentage exact when it has at most `maxPlaces` decimals, else rounded and marked `≈`. */
  approxPercent(value: Numeric, maxPlaces = 4): string {
    const d = new Decimal(value)
    if (d.decimalPlaces() <= maxPlaces) return this.percent(d)
    const r = d.toDecimalPlaces(maxPlaces)
    return this.m.approx + this.percent(r)
  }

  /**
   * A share such as a cover percentage: 2 decimals from 1 % up, 2 significant digits below, marked `≈`
   * when rounded.
   */
  share(value: Numeric): string {
    const d = new Decimal(value)
    if (d.isZero()) return this.percent(0)
    const r = d.abs().gte(1) ? d.toDecimalPlaces(2) : d.toSignificantDigits(2)
    return (r.eq(d) ? '' : this.m.approx) + this.percent(r)
  }

  /** Money: rounded to the currency's minor unit, or `'exact'` with every decimal it has (at least the minor unit). */
  money(amount: Numeric, currency: string, places?: number | 'exact'): string {
    const scale = currencyScale(currency) ?? 2
    const d = new Decimal(amount)
    const p = places === 'exact' ? Math.max(scale, d.decimalPlaces()) : (places ?? scale)
    const { text, negative } = this.digits(d, p)
    let parts: Intl.NumberFormatPart[]
    try {
      parts = pattern(this.locale, `c:${currency}`, { style: 'currency', currency }, negative)
    } catch {
      return `${negative ? '-' : ''}${text} ${currency}`
    }
    return applyPattern(parts, text)
  }

  /**
   * Durations written before, by their milliseconds: a month's incidents repeat a few thousand lengths
   * (a million incidents of whole seconds up to 6 h hold at most 21,600), each written once.
   */
  private durations = new Map<number, string>()

  /**
   * Whole seconds under a day written before, by their count of seconds: nearly every length a month's
   * incidents give, found by index, where the map's lookup is a good part of writing a million of them.
   */
  private seconds: (string | undefined)[] | undefined

  /** Milliseconds for people: `4 h`, `43 min 12 s 1 ms`, `2 j 3 h`; fractions of a millisecond kept. */
  duration(ms: number): string {
    if (ms >= 0 && ms < DAY && ms % 1000 === 0) {
      const seconds = (this.seconds ??= new Array<string | undefined>(DAY / 1000))
      const k = ms / 1000
      let text = seconds[k]
      if (text === undefined) seconds[k] = text = this.writeDuration(ms)
      return text
    }
    let text = this.durations.get(ms)
    if (text === undefined) {
      // Bounded: a log of lengths that never repeat would otherwise fill it for nothing.
      if (this.durations.size >= 65_536) this.durations.clear()
      this.durations.set(ms, (text = this.writeDuration(ms)))
    }
    return text
  }

  private writeDuration(ms: number): string {
    const u = this.m.units
    if (ms === 0) return `0\u00a0${u.second}`
    let rest = Math.abs(ms)
    let out = ms < 0 ? '-' : ''
    let first = true
    // Days, hours, minutes, seconds: each written only when not zero.
    for (let k = 0; k < 4; k++) {
      const size = k === 0 ? 86_400_000 : k === 1 ? 3_600_000 : k === 2 ? 60_000 : 1000
      const n = Math.floor(rest / size)
      if (n > 0) {
        out += `${first ? '' : ' '}${this.number(n)}\u00a0${k === 0 ? u.day : k === 1 ? u.hour : k === 2 ? u.minute : u.second}`
        first = false
      }
      rest -= n * size
    }
    if (rest > 0) out += `${first ? '' : ' '}${this.number(new Decimal(rest).toDecimalPlaces(3))}\u00a0${u.millisecond}`
    return out
  }

  /**
   * A duration as a person writes it in a summary, to the unit that matters: `45 s`, `23 min`, `1 h 05`,
   * `1 j 8 h` — rounded to the second under a minute, to the minute under a day, to the hour beyond. The
   * exact figure stays in the explanations.
   */
  roundedDuration(ms: number): string {
    const u = this.m.units
    const sign = ms < 0 ? '-' : ''
    const a = Math.abs(ms)
    const sp = '\u00a0'
    if (a < 59_500) return `${sign}${this.number(Math.round(a / 1000))}${sp}${u.second}`
    const minutes = Math.round(a / 60_000)
    if (minutes < 60) return `${sign}${this.number(minutes)}${sp}${u.minute}`
    if (minutes < 24 * 60) {
      const h = Math.floor(minutes / 60)
      const mm = minutes % 60
      return `${sign}${this.number(h)}${sp}${u.hour}${mm ? ` ${String(mm).padStart(2, '0')}` : ''}`
    }
    const hours = Math.round(a / 3_600_000)
    const d = Math.floor(hours / 24)
    const h = hours % 24
    return `${sign}${this.number(d)}${sp}${u.day}${h ? ` ${this.number(h)}${sp}${u.hour}` : ''}`
  }

  /** Whole milliseconds, grouped: `2 674 800 000`; a fractional count keeps its decimals. */
  ms(value: Numeric): string {
    return this.number(value)
  }

  /** An instant in the report's zone: `10/03/2026 11:00` (seconds and milliseconds shown when not zero). */
  dateTime(value: Date | number, zone = this.zone): string {
    const t = typeof value === 'number' ? value : value.getTime()
    const seconds = Math.floor(t / 1000) % 60 !== 0
    const millis = ((t % 1000) + 1000) % 1000 !== 0
    const style = millis ? 'sms' : seconds ? 's' : ''
    const fast = this.fastDateTime(t, zone, style)
    if (fast !== undefined) return fast
    return this.intlDateTime(t, zone, seconds, millis)
  }

  /**
   * Offset spans already found, each known from the earliest instant asked in it: a month's explanation
   * asks for instants in log order, back and forth across a clock change, and each span is looked up once.
   */
  private spans: { zone: string; from: number; until: number; offset: number }[] = []
  private lastSpan: { zone: string; from: number; until: number; offset: number } | undefined
  /** Date templates by style (`''`, `'s'`, `'sms'`), compiled for this formatter's locale. */
  private compiled: Record<string, CompiledDate | null> = {}

  /**
   * The same text as `Intl.DateTimeFormat` (the test compares them), from the zone's offset and the
   * locale's pattern read once: a statement of a million incidents writes millions of dates, in log
   * order, so the text of each day and of each minute of the day is made once and the instant adds its
   * seconds. Years outside 1000–9999, or a pattern of another shape, go through `Intl`.
   */
  private fastDateTime(t: number, zone: string, style: string): string | undefined {
    let template = this.compiled[style]
    if (template === undefined) this.compiled[style] = template = compileDate(dateTemplate(this.locale, style))
    if (!template || !(t >= FAST_FROM && t < FAST_UNTIL)) return undefined
    // The span of the instant before, most often: an element's incidents fall in one or two.
    let s = this.lastSpan
    if (s !== undefined && !(s.zone === zone && t >= s.from && t < s.until)) s = undefined
    if (!s) for (const x of this.spans) if (x.zone === zone && t >= x.from && t < x.until) s = x
    if (!s) {
      const found = offsetSpan(zone, t)
      // The span holds from `t` on; a span found again from an earlier instant is the same one, known further back.
      s = this.spans.find((x) => x.zone === zone && x.until === found.until && x.offset === found.offset)
      if (s) s.from = Math.min(s.from, t)
      else {
        if (this.spans.length >= 8) this.spans = []
        this.spans.push((s = { zone, from: t, until: found.until, offset: found.offset }))
      }
    }
    this.lastSpan = s
    const wall = t + s.offset
    const days = Math.floor(wall / DAY)
    let head = template.days.get(days)
    if (head === undefined) {
      const { year, month, day } = civilFromDays(days)
      if (year < 1000 || year > 9999) return undefined
      const fields = [String(year), TWO[month] ?? '', TWO[day] ?? '']
      head = ''
      for (const p of template.day) head += typeof p === 'string' ? p : fields[p]
      // A month's report asks for a few dozen days; a report over years for more, kept to a bound.
      if (template.days.size >= 4096) template.days.clear()
      template.days.set(days, head)
    }
    const ms = wall - days * DAY
    const minute = Math.floor(ms / 60_000)
    let hm = template.minutes[minute]
    if (hm === undefined) {
      hm = ''
      for (const p of template.hourMinute) hm += typeof p === 'string' ? p : p === 3 ? TWO[Math.floor(minute / 60)] : TWO[minute % 60]
      template.minutes[minute] = hm
    }
    let out = head + hm
    if (template.seconds) return out + present(template.seconds[Math.floor(ms / 1000) % 60])
    for (const p of template.rest) {
      if (typeof p === 'string') out += p
      else if (p === 5) out += TWO[Math.floor(ms / 1000) % 60]
      else out += String(ms % 1000).padStart(3, '0')
    }
    return out
  }

  private intlDateTime(t: number, zone: string, seconds: boolean, millis: boolean): string {
    const key = `${this.locale}|${zone}|${seconds || millis ? 's' : ''}${millis ? 'ms' : ''}`
    let f = dateFormats.get(key)
    if (!f) {
      f = new Intl.DateTimeFormat(this.locale, {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        ...(seconds || millis ? { second: '2-digit' } : {}),
        ...(millis ? { fractionalSecondDigits: 3 } : {}),
      } as Intl.DateTimeFormatOptions)
      dateFormats.set(key, f)
    }
    return f.format(t)
  }

  /** `du 10/03/2026 11:00 au 10/03/2026 15:00`. */
  range(start: Date | number, end: Date | number): string {
    return this.m.range(this.dateTime(start), this.dateTime(end))
  }

  /** A period's name: `mars 2026` for a calendar month (read in the period's own zone), else its label. */
  periodName(period: Period): string {
    // Every element's trail names the period: written once per formatter.
    const last = this.lastPeriod
    if (last && last.label === period.label && last.timeZone === period.timeZone && last.start === period.start.getTime()) return last.name
    const name = this.writePeriodName(period)
    this.lastPeriod = { label: period.label, timeZone: period.timeZone, start: period.start.getTime(), name }
    return name
  }

  private lastPeriod: { label: string; timeZone: string; start: number; name: string } | undefined

  private writePeriodName(period: Period): string {
    if (/^\d{4}-\d{2}$/.test(period.label)) {
      const key = `${this.locale}|month|${period.timeZone}`
      let f = dateFormats.get(key)
      if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(this.locale, { timeZone: period.timeZone, year: 'numeric', month: 'long' })))
      return f.format(period.start)
    }
    return period.label
  }

  /** A bound as the contract writes it, with the locale's decimal separator: `99,0 %`. */
  bound(b: TierBound): string {
    const written = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(b.written) ? b.written.replace(/[.,]/, decimalSeparator(this.locale)) : this.number(b.value)
    return applyPattern(pattern(this.locale, 'p', { style: 'percent' }, false), written)
  }

  /** Bands written before: a commitment's few tiers, named in every element's row and explanation. */
  private bands = new WeakMap<Tier, string>()

  /** A band: `≥ 99,0 % et < 99,5 %`; `aucun palier` for none. */
  band(tier: Tier | null | undefined): string {
    if (!tier) return this.m.band.none
    let text = this.bands.get(tier)
    if (text === undefined) this.bands.set(tier, (text = this.writeBand(tier)))
    return text
  }

  private writeBand(tier: Tier): string {
    const b = this.m.band
    const parts: string[] = []
    if (tier.lower) parts.push(`${tier.lower.inclusive ? b.atLeast : b.above}\u00a0${this.bound(tier.lower)}`)
    if (tier.upper) parts.push(`${tier.upper.inclusive ? b.atMost : b.below}\u00a0${this.bound(tier.upper)}`)
    return parts.length ? parts.join(this.m.and) : b.any
  }

  /** `a, b et c`. */
  list(items: readonly string[]): string {
    if (items.length <= 1) return items.join('')
    return `${items.slice(0, -1).join(', ')}${this.m.and}${items[items.length - 1]}`
  }
}
