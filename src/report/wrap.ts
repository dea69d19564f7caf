/**
 * Prose of a text report folded to a terminal's width, at the spaces between words. A line never breaks
 * where a reader would lose the sense: inside a number and its unit (`4 h`, `6,00 €`, `99,5 %`), inside a
 * date (`31 March 2026`, `mars 2026`), or at a non-breaking space, which the French reports already write
 * wherever French typography keeps two words together. A word longer than the width stays whole (an
 * address, an id). Tables are not prose: they fit the width by their own rule.
 *
 * @packageDocumentation
 */

// The colour codes a text report may hold, which take no room on the screen.
const ANSI_CODE = /\u001b\[[0-9;]*m/g
// Characters none of which is a combining mark: a string of them takes one column a code unit.
const PLAIN = /^[\u0000-\u02ff\u2000-\u20cf\u2100-\u23ff]*$/

function columns(text: string): number {
  const visible = text.includes('\u001b') ? text.replace(ANSI_CODE, '') : text
  if (PLAIN.test(visible)) return visible.length
  let n = 0
  for (const ch of visible.normalize('NFC')) if (!/\p{Mn}/u.test(ch)) n++
  return n
}

const plain = (word: string) => (word.includes('\u001b') ? word.replace(ANSI_CODE, '') : word)

/**
 * Whether the space between two words may end a line: not between a number and what it counts, nor inside
 * a duration written in parts, nor before a year. `earlier` is the word before `before`. Each test reads
 * the characters at the edges, as the patterns in its comment say; an edge beyond ASCII goes through the
 * pattern itself (a letter is any script's). A statement folds tens of thousands of lines of figures.
 */
function breakable(earlier: string, before: string, after: string): boolean {
  const b = plain(before)
  const a = plain(after)
  if (b === '' || a === '') return false
  const bLast = b.charCodeAt(b.length - 1)
  const aFirst = a.charCodeAt(0)
  // `1 j 14 h`: a unit after a figure keeps the figure that follows it (/^(j|d|h|min|s|ms)$/, /\d$/, /^\d/).
  if (isDigit(aFirst) && isDurationUnit(b)) {
    const e = plain(earlier)
    if (isDigit(e.charCodeAt(e.length - 1))) return false
  }
  // `4 h`, `6,00 €`, `99,5 %`, `31 March`, `2 674 800 000 ms`: a figure keeps the word that follows it
  // (/\d$/, then /^[\p{L}%€$£°‰]/u).
  if (isDigit(bLast) && (aFirst < 128 ? isAsciiLetter(aFirst) || aFirst === 37 || aFirst === 36 : UNIT_START.test(a))) return false
  // `March 2026`, `mars 2026`: a month keeps its year (/\p{L}$/u, then /^\d{4}(?!\d)/).
  if ((bLast < 128 ? isAsciiLetter(bLast) : LETTER_END.test(b)) && isDigit(aFirst) && isDigit(a.charCodeAt(1)) && isDigit(a.charCodeAt(2)) && isDigit(a.charCodeAt(3)) && !isDigit(a.charCodeAt(4)))
    return false
  return true
}

const UNIT_START = /^[\p{L}%€$£°‰]/u
const LETTER_END = /\p{L}$/u

/** `0` to `9`; false for NaN (a position past the end). */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** The short units of a duration written in parts: `1 j 14 h`, `2 h 30 min`, `1 d 2 h`. */
function isDurationUnit(word: string): boolean {
  return word === 'h' || word === 'min' || word === 's' || word === 'j' || word === 'd' || word === 'ms'
}

/**
 * One line folded to `width` columns, the lines after the first starting with `indent`. A line that fits,
 * or any line when no width is known, comes back as it is.
 *
 * @example
 * wrapLine('Les marges sont le temps couvert restant avant l’échéance', 30)
 * // 'Les marges sont le temps\ncouvert restant avant\nl’échéance'
 */
export function wrapLine(line: string, width: number | undefined, indent = ''): string {
  if (width === undefined || line.length <= width || columns(line) <= width) return line
  // A line of plain characters without colour codes takes one column a code unit: folded by positions.
  if (!line.includes('\u001b') && PLAIN.test(line) && PLAIN.test(indent)) return foldPlain(line, width, indent)
  const words = line.split(' ')
  // Words that must stay on one line are joined first, so that the fold only sees the spaces it may use.
  const units: string[] = []
  let unit: string | undefined
  let earlier = ''
  let previous = ''
  for (const w of words) {
    if (unit === undefined) unit = w
    else if (breakable(earlier, previous, w)) {
      units.push(unit)
      unit = w
    } else unit += ` ${w}`
    earlier = previous
    previous = w
  }
  if (unit !== undefined) units.push(unit)
  const room = Math.max(1, width)
  // A line of plain characters without colour codes takes one column a code unit, and so does each of its
  // words: measured once, rather than word by word.
  const simple = !line.includes('\u001b') && PLAIN.test(line)
  const lines: string[] = []
  let current = ''
  let used = 0
  for (const u of units) {
    const w = simple ? u.length : columns(u)
    if (current === '') {
      current = u
      used = w
    } else if (used + 1 + w <= room) {
      current += ` ${u}`
      used += 1 + w
    } else {
      lines.push(current)
      current = `${indent}${u}`
      used = columns(indent) + w
    }
  }
  lines.push(current)
  return lines.join('\n')
}

/**
 * {@link wrapLine} for a line whose every code unit takes one column, and so its indent: the same fold,
 * each line cut out of the text where it starts and ends rather than joined again from its words. A
 * statement folds tens of thousands of such lines.
 */
function foldPlain(line: string, width: number, indent: string): string {
  const room = Math.max(1, width)
  let out = ''
  // The line being made: from `start` in the text, `used` columns so far (its indent counted).
  let start = 0
  let used = -1
  // The unit being read: the words that must stay together, from `unitStart`; the words before it.
  let unitStart = 0
  let earlier = ''
  let previous: string | undefined
  let at = 0
  const place = (unitEnd: number) => {
    const w = unitEnd - unitStart
    if (used < 0) used = w
    else if (used + 1 + w <= room) used += 1 + w
    else {
      out += `${line.slice(start, unitStart - 1)}\n${indent}`
      start = unitStart
      used = indent.length + w
    }
  }
  while (at <= line.length) {
    const space = line.indexOf(' ', at)
    const end = space < 0 ? line.length : space
    const word = line.slice(at, end)
    if (previous !== undefined && breakable(earlier, previous, word)) {
      place(at - 1)
      unitStart = at
    }
    earlier = previous ?? ''
    previous = word
    at = end + 1
  }
  place(line.length)
  return out + line.slice(start)
}

/**
 * A paragraph of a text report folded to `width` columns, each of its own lines on its own.
 *
 * @example
 * wrapParagraph('Un mois ordinaire, sans incident.', 20) // 'Un mois ordinaire,\nsans incident.'
 */
export function wrapParagraph(text: string, width: number | undefined): string {
  if (width === undefined || text.length <= width) return text
  return text
    .split('\n')
    .map((l) => wrapLine(l, width))
    .join('\n')
}

/**
 * The lines of a text list (`- item`, `  - sub-item`) or quotation (`  > text`) folded to `width`
 * columns, each continuation under the text of its item rather than under its mark.
 *
 * @example
 * wrapMarkedLines(['- Une note assez longue pour tenir sur deux lignes'], 30)
 * // '- Une note assez longue pour\n  tenir sur deux lignes'
 */
export function wrapMarkedLines(lines: readonly string[], width: number | undefined): string {
  if (width === undefined) return lines.join('\n')
  let out = ''
  // An entry may hold several lines (a plain list comes joined in one string): each is folded on its own.
  for (const [k, line] of lines.flatMap((l) => l.split('\n')).entries()) {
    if (k > 0) out += '\n'
    if (line.length <= width) {
      out += line
      continue
    }
    const mark = /^ *(?:- |> )?/.exec(line)?.[0] ?? ''
    out += wrapLine(line, width, ' '.repeat(mark.length))
  }
  return out
}
