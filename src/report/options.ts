import { describe, IssueList } from '../errors.js'
import { isTimeZone } from '../time/zone.js'
import { Formatter } from './format.js'
import { messagesFor, type Messages, type ReportLanguage } from './i18n.js'

/** Formats a report can be written in. */
export type ReportFormat = 'text' | 'markdown' | 'json' | 'html'

/** The formats, in a stable order. */
export const REPORT_FORMATS: readonly ReportFormat[] = /* @__PURE__ */ Object.freeze(['text', 'markdown', 'json', 'html'] as const)
/** The languages, in a stable order. */
export const REPORT_LANGUAGES: readonly ReportLanguage[] = /* @__PURE__ */ Object.freeze(['en', 'fr'] as const)

/** Options every renderer takes. */
export interface ReportOptions {
  /**
   * `text`: aligned plain-text tables for a terminal; `markdown`: GitHub tables for a wiki or a forum post;
   * `json`: a documented, versioned JSON document with every Decimal as a string; `html`: one self-contained
   * page (inline CSS and SVG charts, no script, no outside request), printable.
   */
  format: ReportFormat
  /** `en` (default; `en-GB` figures: `99.4616 %`, `€1.00`, `10/03/2026, 11:00`) or `fr` (`99,4616 %`, `1,00 €`). */
  lang?: ReportLanguage
  /** IANA time zone of the dates shown, e.g. `'America/Montreal'`; default the period's own zone. */
  timeZone?: string
  /** ANSI colours in `text` (breaches red, credits yellow…); default false. Ignored by other formats. */
  color?: boolean
  /**
   * The width of the terminal in `text`, in columns: a wider table is cut into tables of the columns that
   * fit, each led by its first column. Default: no limit. Ignored by other formats.
   */
  width?: number
}

/** @internal The options, checked, with their defaults. */
export interface ReadOptions {
  readonly format: ReportFormat
  readonly lang: ReportLanguage
  readonly m: Messages
  readonly timeZone: string | undefined
  readonly color: boolean
  readonly width: number | undefined
  /** A formatter for dates in `zone`, unless the user chose one. */
  formatter(zone: string): Formatter
}

/** @internal Checks the options; throws one InputError listing every problem. */
export function readOptions(options: ReportOptions, context: string, extra?: (issues: IssueList) => void): ReadOptions {
  const issues = new IssueList()
  const o = (options ?? {}) as Partial<ReportOptions>
  if (typeof o !== 'object') issues.add('options', `must be { format, lang?, timeZone?, color? } (got ${describe(o)})`, 'report-options', { got: describe(o) })
  if (!REPORT_FORMATS.includes(o.format as ReportFormat)) issues.add('format', `must be one of ${REPORT_FORMATS.join(', ')} (got ${describe(o.format)})`, 'one-of', { options: REPORT_FORMATS.join(', '), got: describe(o.format) })
  if (o.lang !== undefined && !REPORT_LANGUAGES.includes(o.lang)) issues.add('lang', `must be one of ${REPORT_LANGUAGES.join(', ')} (got ${describe(o.lang)})`, 'one-of', { options: REPORT_LANGUAGES.join(', '), got: describe(o.lang) })
  if (o.timeZone !== undefined && (typeof o.timeZone !== 'string' || !isTimeZone(o.timeZone)))
    issues.add('timeZone', `must be an IANA time zone such as "Europe/Paris" (got ${describe(o.timeZone)})`, 'report-zone', { got: describe(o.timeZone) })
  if (o.color !== undefined && typeof o.color !== 'boolean') issues.add('color', `must be true or false (got ${describe(o.color)})`, 'type', { expected: 'boolean', got: describe(o.color) })
  if (o.width !== undefined && !(Number.isSafeInteger(o.width) && o.width > 0)) issues.add('width', `must be a whole number of columns (got ${describe(o.width)})`, 'report-width', { got: describe(o.width) })
  extra?.(issues)
  // A format not in the list added an issue.
  const { format } = issues.checked({ format: o.format }, context)
  const lang = o.lang ?? 'en'
  const m = messagesFor(lang)
  const formatters = new Map<string, Formatter>()
  return {
    format,
    lang,
    m,
    timeZone: o.timeZone,
    color: o.color ?? false,
    width: o.width,
    formatter(zone: string): Formatter {
      const z = o.timeZone ?? zone
      let f = formatters.get(z)
      if (!f) formatters.set(z, (f = new Formatter(m, z)))
      return f
    },
  }
}
