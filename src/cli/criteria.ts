import { InputError } from '../errors.js'
import { type OfferCriteria, parseCriteria } from '../offers/filter.js'
import { type Offer } from '../offers/offer.js'
import { STRUCTURES } from '../schema/offer.js'
import { formatDuration } from '../time/duration.js'
import { UsageError } from './args.js'
import { readHumanDuration } from './durations.js'
import { issueText } from './localise.js'
import { type CliMessages } from './messages.js'
import { nearest } from './suggest.js'

const FIELDS = ['structure', 'salariedStaff', 'staff', 'onCall', 'chatons', 'dataLocation', 'gti', 'gtr', 'credit', 'target', 'minTarget', 'fee']
const WHERE = /^\s*([A-Za-z]+)\s*(<=|>=|=)\s*(.+?)\s*$/

/**
 * The `--where` expressions, read as the library reads them once a person's durations are written as
 * ISO 8601 (`gti<=4h` → `gti<=PT4H`); a bad one is a bad command line (exit 2), with the nearest field
 * or value when one is near.
 */
export function catalogueCriteria(expressions: readonly string[], m: CliMessages): OfferCriteria {
  const written = expressions.map((expr) => {
    const w = WHERE.exec(expr)
    if (!w) return expr
    const [, field, op, value] = w as unknown as [string, string, string, string]
    if (!FIELDS.includes(field)) {
      const near = nearest(field, FIELDS)
      throw new UsageError(`${m.badWhere(expr, m.whereUnknownField(field))}${near.length ? `${m.sep}${m.didYouMean(near)}` : ''}`)
    }
    if ((field === 'gti' || field === 'gtr') && op === '<=') {
      const ms = readHumanDuration(value)
      if (ms === undefined) throw new UsageError(m.badDuration(`--where "${expr}"`, value))
      return `${field}<=${formatDuration(ms)}`
    }
    if (field === 'structure') {
      for (const s of value.split(',').map((v) => v.trim()))
        if (!(STRUCTURES as readonly string[]).includes(s)) {
          const near = nearest(s, STRUCTURES)
          throw new UsageError(`${m.badWhere(expr, m.oneOf('structure', STRUCTURES, s))}${near.length ? `${m.sep}${m.didYouMean(near)}` : ''}`)
        }
    }
    return expr
  })
  try {
    return parseCriteria(written)
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.issues.map((i) => m.badWhere(expressions[Number(/\[(\d+)\]/.exec(i.path)?.[1] ?? 0)] ?? '', issueText(i, m.lang))).join('\n'))
    throw error
  }
}

/**
 * Hints for `--where field=value` that no offer could match because the offers write the value otherwise:
 * `dataLocation=France` when they say `FR`.
 */
export function whereHints(expressions: readonly string[], offers: readonly Offer[], m: CliMessages): string[] {
  const hints: string[] = []
  for (const expr of expressions) {
    const [, field, op, text] = WHERE.exec(expr) ?? []
    if (op !== '=' || field !== 'dataLocation' || text === undefined) continue
    const present = offers.flatMap((o) => (o.organisation?.dataLocation !== undefined ? [o.organisation.dataLocation] : []))
    for (const value of text.split(',').map((v) => v.trim())) {
      if (present.includes(value)) continue
      const near = nearest(value, present)
      hints.push(`${m.whereNoMatch(expr, value)}${near.length ? `${m.sep}${m.didYouMean(near)}` : ''}`)
    }
  }
  return hints
}
