/**
 * The common date patterns of exported logs (`dd/MM/yyyy HH:mm`, `d/M/yyyy HH:mm:ss`, `yyyy-MM-dd HH:mm`)
 * read in one regular expression, with date-fns' own rules: the same fields matched the same way, the same
 * values refused. date-fns' `parse` stays the reader of every other pattern and of every text this one does
 * not take whole; it costs some 15 µs a date, this a fraction of one.
 */

// How date-fns' parsers match each token (date-fns/parse/_lib/constants.js and parseNDigits): each one
// greedy, from where the previous one stopped, never giving back what it took.
const TOKENS: Readonly<Record<string, { field: Field; pattern: string }>> = {
  yyyy: { field: 'year', pattern: '\\d{1,4}' },
  M: { field: 'month', pattern: '1[0-2]|0?\\d' },
  MM: { field: 'month', pattern: '\\d{1,2}' },
  d: { field: 'day', pattern: '3[0-1]|[0-2]?\\d' },
  dd: { field: 'day', pattern: '\\d{1,2}' },
  H: { field: 'hour', pattern: '2[0-3]|[0-1]?\\d' },
  HH: { field: 'hour', pattern: '\\d{1,2}' },
  m: { field: 'minute', pattern: '[0-5]?\\d' },
  mm: { field: 'minute', pattern: '\\d{1,2}' },
  s: { field: 'second', pattern: '[0-5]?\\d' },
  ss: { field: 'second', pattern: '\\d{1,2}' },
}
type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'

// Separators written as they are: no letter (a token, or an error), no digit, no quote.
const LITERAL = /^[ /.:,-]$/
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** The text of a quoted word, as date-fns reads it: `'T'` is T, `'l''heure'` is l'heure, a quote left open runs to the end. */
function quoted(token: string): string {
  return (/^'([^]*?)'?$/.exec(token)?.[1] ?? '').replace(/''/g, "'")
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&').replace(/ /g, '\\x20')
}

/**
 * A reader of texts in `format`, giving the wall-clock time as epoch milliseconds of UTC fields, as
 * `parse(text, format, new Date(0), { in: utc }).getTime()` does; undefined for a text it does not take,
 * which date-fns then reads. Undefined for a format it cannot read: one with a field other than day, month,
 * four-digit year, hour (0–23), minute and second, a separator other than a space, `/`, `.`, `:`, `,`,
 * `-` or a quoted word (`'T'`, `'à'`), or without a year, month, day, hour and minute.
 */
export function patternReader(format: string): ((text: string) => number | undefined) | undefined {
  // As date-fns cuts a format into tokens: runs of one letter, and single characters.
  const tokens = format.match(/(\w)\1*|''|'(''|[^'])+('|$)|./g) ?? []
  const order: Field[] = []
  let source = '^'
  for (const token of tokens) {
    const t = Object.hasOwn(TOKENS, token) ? TOKENS[token] : undefined
    if (t) {
      if (order.includes(t.field)) return undefined
      order.push(t.field)
      // A lookahead's capture taken whole: matched as date-fns matches, with no backtracking into it.
      source += `(?=(${t.pattern}))\\${order.length}`
    } else if (LITERAL.test(token)) source += `\\${token === ' ' ? 'x20' : token}`
    else if (token.startsWith("'")) source += escape(token === "''" ? "'" : quoted(token))
    else return undefined
  }
  for (const f of ['year', 'month', 'day', 'hour', 'minute'] as const) if (!order.includes(f)) return undefined
  const re = new RegExp(`${source}$`)
  const at = (f: Field) => order.indexOf(f) + 1
  const [year, month, day, hour, minute, second] = [at('year'), at('month'), at('day'), at('hour'), at('minute'), at('second')]
  const date = new Date(0)
  return (text) => {
    const m = re.exec(text)
    if (!m) return undefined
    const y = Number(m[year])
    const mo = Number(m[month]) - 1
    const d = Number(m[day])
    const h = Number(m[hour])
    const mi = Number(m[minute])
    const s = second === 0 ? 0 : Number(m[second])
    // date-fns' checks, in the order of its setters: year, month, day of that month, hour, minute, second.
    if (!(y > 0 && mo >= 0 && mo <= 11)) return undefined
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
    const days = mo === 1 && leap ? 29 : (DAYS_IN_MONTH[mo] ?? 0)
    if (!(d >= 1 && d <= days && h <= 23 && mi <= 59 && s <= 59)) return undefined
    // setUTCFullYear, not Date.UTC, which would read the years 1 to 99 as 1901 to 1999.
    date.setUTCFullYear(y, mo, d)
    date.setUTCHours(h, mi, s, 0)
    return date.getTime()
  }
}
