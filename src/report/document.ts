/**
 * A small document model shared by the text, Markdown and HTML reports: each report is built once as
 * blocks, then written in the format asked for, so that the three say the same thing.
 */
import { wrapLine, wrapMarkedLines, wrapParagraph } from './wrap.js'
import { present } from '../errors.js'

/** How a figure reads: drawn in colour in a terminal (when asked) and in HTML. */
export type Tone = 'good' | 'bad' | 'warn' | 'muted'

/** A run of text, optionally a link, emphasised or toned. */
export interface Span {
  readonly text: string
  /** `#anchor` inside the report, or an `http(s)` address; anything else is dropped. */
  readonly href?: string
  readonly strong?: boolean
  readonly tone?: Tone
  /** HTML tooltip. */
  readonly title?: string
}

export type Inline = string | Span | readonly (string | Span)[]

export interface Column {
  readonly header: string
  readonly align?: 'left' | 'right'
}

export interface ListItem {
  readonly content: Inline
  readonly items?: readonly ListItem[]
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: string; readonly id?: string }
  | { readonly kind: 'paragraph'; readonly content: Inline; readonly className?: string }
  | { readonly kind: 'table'; readonly columns: readonly Column[]; readonly rows: readonly (readonly Inline[])[]; readonly className?: string }
  /** `rows`: items that are records one a line (a statement's incidents), which a text report does not fold. */
  | { readonly kind: 'list'; readonly items: readonly ListItem[]; readonly className?: string; readonly rows?: boolean }
  | { readonly kind: 'quote'; readonly text: string; readonly lang?: string }
  /**
   * Records one a line, each a plain run of text (a statement's incidents, a million of them): written as
   * a list, which a text report does not fold, without an object made for each. `tone(k)`, the tone of
   * the k-th, is read only by the writers that show it (colours, HTML).
   */
  | {
      readonly kind: 'lines'
      readonly lines: readonly string[]
      readonly tone?: (k: number) => Tone | undefined
      /**
       * What the writer of the lines knows none of them holds, as {@link plainness} tells it of a text: the
       * writers then take the lines as they are, without going through them all to check. Absent: checked.
       */
      readonly plain?: number
    }
  /** Raw HTML (a chart): written only in HTML. */
  | { readonly kind: 'html'; readonly html: string }
  /** A collapsed section: written only in HTML. */
  | { readonly kind: 'details'; readonly summary: string; readonly blocks: readonly Block[] }
  | { readonly kind: 'section'; readonly id?: string; readonly className?: string; readonly blocks: readonly Block[] }

function spans(inline: Inline): readonly Span[] {
  if (typeof inline === 'string') return [{ text: inline }]
  if (Array.isArray(inline)) return (inline as readonly (string | Span)[]).map((x) => (typeof x === 'string' ? { text: x } : x))
  return [inline as Span]
}

/** Splits text into spans, each http(s) address a link to itself (a final full stop or comma left out). */
export function linkify(text: string): Span[] {
  const out: Span[] = []
  let last = 0
  for (const m of text.matchAll(/https?:\/\/[^\s"'<>]+/gi)) {
    const url = m[0].replace(/[.,;:)]+$/, '')
    if (m.index > last) out.push({ text: text.slice(last, m.index) })
    out.push({ text: url, href: url })
    last = m.index + url.length
  }
  if (last < text.length) out.push({ text: text.slice(last) })
  return out
}

/** True for an address a report may link to: an anchor inside it, or an http(s) URL. */
export function isSafeHref(href: string): boolean {
  return /^#[A-Za-z][\w-]*$/.test(href) || /^https?:\/\/[^\s"'<>]+$/i.test(href)
}

// ---------------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------------

const ANSI: Record<Tone | 'strong', string> = { good: '32', bad: '31', warn: '33', muted: '2', strong: '1' }

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides that can make a
// line read otherwise than it is stored.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
const CELL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
// The same sets, to test: most texts have none, and a test costs less than a replace that finds nothing.
const HAS_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const HAS_CELL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
// Characters none of which is a combining mark or changes the count of code points under NFC: Latin,
// general punctuation, currency signs, arrows and mathematical operators, what the reports write.
const PLAIN_WIDTH = /^[\u0000-\u02ff\u2000-\u20cf\u2100-\u23ff]*$/

/** In {@link plainness}: no control character that a text report shows escaped. */
export const NO_CONTROLS = 1
/** In {@link plainness}: no mark a Markdown report escapes, and no line feed. */
export const NO_MARKDOWN_MARKS = 2
/** In {@link plainness}: no character an HTML report escapes. */
export const NO_HTML_MARKS = 4
/** Every flag of {@link plainness}. */
export const PLAIN = NO_CONTROLS | NO_MARKDOWN_MARKS | NO_HTML_MARKS

// As MARKDOWN_PLAIN_LINES, line feeds not let through.
const MARKDOWN_PLAIN_LINE = /^[^\\`*_[\]<>|~\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/

/**
 * What a text holds none of, as the flags {@link NO_CONTROLS}, {@link NO_MARKDOWN_MARKS} and
 * {@link NO_HTML_MARKS}: what the writer of a `lines` block gives as its `plain`, from the parts its lines are
 * made of.
 */
export function plainness(text: string): number {
  // Most texts hold none of them: one pass tells, and only a text that holds one is checked flag by flag.
  if (ALL_PLAIN.test(text)) return PLAIN
  return (HAS_CONTROLS.test(text) ? 0 : NO_CONTROLS) | (MARKDOWN_PLAIN_LINE.test(text) ? NO_MARKDOWN_MARKS : 0) | (HAS_HTML_MARKS.test(text) ? 0 : NO_HTML_MARKS)
}

// None of what the three flags are about: controls and line feeds, Markdown marks, HTML marks.
const ALL_PLAIN = /^[^\\`*_[\]<>|~&"'\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/

// As HTML_SPECIAL below, which the writers test and escape with; here, for plainness.
const HAS_HTML_MARKS = /[&<>"']/

function escapeControl(c: string): string {
  const code = c.charCodeAt(0)
  if (c === '\r') return '\\r'
  if (c === '\n') return '\\n'
  if (c === '\t') return '\\t'
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * Writes the control characters of a name or a label as visible escapes (`\x1b`, `\r`): an element id
 * carrying ESC or a carriage return must not drive the reader's terminal, rewrite a line or split a table.
 * Outside table cells, line feeds and tabs are kept.
 */
export function visibleControls(text: string, inCell = false): string {
  if (!(inCell ? HAS_CELL_CONTROLS : HAS_CONTROLS).test(text)) return text
  return text.replace(inCell ? CELL_CONTROLS : CONTROLS, escapeControl)
}

function ansi(text: string, code: string | undefined, color: boolean): string {
  return color && code && text ? `\u001b[${code}m${text}\u001b[0m` : text
}

/**
 * Width of a string in a terminal, in columns: one per code point once composed (NFC), zero for
 * combining marks. Wide East Asian characters are not measured as two: the reports do not write them
 * themselves.
 */
export function displayWidth(text: string): number {
  if (PLAIN_WIDTH.test(text)) return text.length
  let n = 0
  for (const ch of text.normalize('NFC')) if (!/\p{Mn}/u.test(ch)) n++
  return n
}

function inlineText(inline: Inline, color: boolean, inCell = false): { plain: string; styled: string } {
  let plain = ''
  let styled = ''
  for (const s of spans(inline)) {
    let text = visibleControls(s.text, inCell)
    if (s.href && /^https?:/i.test(s.href) && isSafeHref(s.href) && s.href !== s.text) text = `${text} <${visibleControls(s.href, true)}>`
    plain += text
    styled += ansi(ansi(text, s.tone ? ANSI[s.tone] : undefined, color), s.strong ? ANSI.strong : undefined, color)
  }
  return { plain, styled }
}

function textTable(block: Extract<Block, { kind: 'table' }>, color: boolean, width?: number): string {
  const header = block.columns.map((c) => {
    const text = visibleControls(c.header, true)
    return { plain: text, styled: ansi(text, ANSI.strong, color) }
  })
  const rows = block.rows.map((r) => block.columns.map((_, i) => inlineText(r[i] ?? '', color, true)))
  const widths = block.columns.map((_, i) => Math.max(displayWidth(present(header[i]).plain), ...rows.map((r) => displayWidth(present(r[i]).plain))))
  const table = (columns: readonly number[]) => {
    const line = (cells: { plain: string; styled: string }[]) =>
      columns
        .map((i, k) => {
          const c = present(cells[i])
          const pad = ' '.repeat(present(widths[i]) - displayWidth(c.plain))
          return present(block.columns[i]).align === 'right' ? pad + c.styled : k === columns.length - 1 ? c.styled : c.styled + pad
        })
        .join('  ')
        .trimEnd()
    return [line(header), columns.map((i) => '-'.repeat(present(widths[i]))).join('  '), ...rows.map(line)].join('\n')
  }
  // Too wide for the terminal: the columns are cut into tables that fit, each led by the first column
  // (the row's name), so that a row is never broken across lines.
  let group: number[] = []
  const groups: number[][] = [group]
  let used = 0
  // The first column's width, read at the first column: a new group starts from the third at the earliest.
  let first = 0
  for (const [i, w] of widths.entries()) {
    if (i === 0) first = w
    const add = (group.length ? 2 : 0) + w
    if (width !== undefined && group.length >= 2 && used + add > width) {
      group = [0, i]
      groups.push(group)
      used = first + 2 + w
    } else {
      group.push(i)
      used += add
    }
  }
  return groups.map(table).join('\n\n')
}

/**
 * The text of each item of a list whose items are each a plain run of text (no link, no emphasis, no
 * sub-list), or null. Such a list (a statement's incidents, a hundred per element) is checked for what
 * needs escaping once, as one text, rather than item by item.
 */
function plainItems(items: readonly ListItem[]): { texts: string[]; tones: (Tone | undefined)[] } | null {
  const texts: string[] = []
  const tones: (Tone | undefined)[] = []
  for (const item of items) {
    const c = item.content
    if (item.items !== undefined) return null
    if (typeof c === 'string') {
      texts.push(c)
      tones.push(undefined)
    } else if (Array.isArray(c)) return null
    else {
      const span = c as Span
      if (span.href !== undefined || span.strong || span.title !== undefined) return null
      texts.push(span.text)
      tones.push(span.tone)
    }
  }
  return { texts, tones }
}

/** The items of a list of plain texts as `lines` holds them: their texts, and their tones when asked. */
function linesOf(plain: { texts: string[]; tones: (Tone | undefined)[] }): Extract<Block, { kind: 'lines' }> {
  return { kind: 'lines', lines: plain.texts, tone: (k) => plain.tones[k] }
}

/** Lines as the items they stand for, for the writers that escape item by item. */
function itemsOf(b: Extract<Block, { kind: 'lines' }>): ListItem[] {
  return b.lines.map((text, k) => ({ content: { text, ...(b.tone?.(k) && { tone: b.tone(k) }) } }))
}

/**
 * Texts joined as one string, `mark` before the first and `separator` between them: the mark is joined
 * with the first text rather than put before the whole, which would make the list a second time.
 */
function joinMarked(texts: readonly string[], mark: string, separator: string): string {
  const parts = texts.slice()
  parts[0] = mark + parts[0]
  return parts.join(separator)
}

/** Plain lines as a text list; null when one of them holds a control to escape. */
function textLines(b: Extract<Block, { kind: 'lines' }>, color: boolean): string[] | null {
  const texts = b.lines
  // Without colours, the list is its items joined: one string made once, where an element's hundred
  // incidents would be joined to be checked, then each prefixed, then joined again.
  if (!color && texts.length > 0) {
    const list = joinMarked(texts, '- ', '\n- ')
    if ((b.plain ?? 0) & NO_CONTROLS || !HAS_CONTROLS.test(list)) return [list]
  }
  // Line feeds are no control to escape here, so the joined text has one only where an item has one.
  if (HAS_CONTROLS.test(texts.join('\n'))) return null
  return texts.map((text, k) => {
    const tone = b.tone?.(k)
    return `- ${ansi(text, tone ? ANSI[tone] : undefined, color)}`
  })
}

function textList(items: readonly ListItem[], color: boolean, depth: number): string[] {
  const plain = depth === 0 ? plainItems(items) : null
  const lines = plain && textLines(linesOf(plain), color)
  if (lines) return lines
  const out: string[] = []
  for (const item of items) {
    out.push(`${'  '.repeat(depth)}- ${inlineText(item.content, color).styled}`)
    if (item.items) out.push(...textList(item.items, color, depth + 1))
  }
  return out
}

function textBlocks(blocks: readonly Block[], color: boolean, width?: number): string[] {
  const out: string[] = []
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading': {
        const underline = b.level === 1 ? '=' : b.level === 2 ? '-' : ''
        const text = visibleControls(b.level === 3 ? `» ${b.text}` : b.text, true)
        out.push(underline ? `${ansi(text, ANSI.strong, color)}\n${underline.repeat(displayWidth(text))}` : ansi(text, ANSI.strong, color))
        break
      }
      case 'paragraph':
        out.push(wrapParagraph(inlineText(b.content, color).styled, width))
        break
      case 'table':
        out.push(textTable(b, color, width))
        break
      case 'list':
        out.push(wrapMarkedLines(textList(b.items, color, 0), b.rows ? undefined : width))
        break
      case 'lines':
        out.push(wrapMarkedLines(textLines(b, color) ?? textList(itemsOf(b), color, 0), undefined))
        break
      case 'quote':
        out.push(
          b.text
            .split('\n')
            .map((l) => wrapLine(`  > ${visibleControls(l, true)}`, width, '    '))
            .join('\n'),
        )
        break
      case 'section':
        out.push(...textBlocks(b.blocks, color, width))
        break
      case 'html':
      case 'details':
        break
    }
  }
  return out
}

/**
 * Writes blocks as plain text for a terminal; ANSI colours only when `color` is true. A table wider than
 * `width` columns (when given) is written as several tables of the columns that fit.
 */
export function toText(blocks: readonly Block[], color: boolean, width?: number): string {
  return `${textBlocks(blocks, color, width).join('\n\n')}\n`
}

/**
 * As {@link toText}, block by block: the same bytes in pieces, so that a report of ten thousand elements
 * is written as it is made rather than held whole.
 */
export function* textChunks(blocks: Iterable<Block>, color: boolean, width?: number): Generator<string, void, undefined> {
  let first = true
  for (const b of blocks)
    for (const s of textBlocks([b], color, width)) {
      // Apart: joined, a list of a hundred incidents would be copied once more to be written.
      if (!first) yield '\n\n'
      yield s
      first = false
    }
  yield '\n'
}

// ---------------------------------------------------------------------------------------------------
// Markdown (GitHub flavour)
// ---------------------------------------------------------------------------------------------------

// Text with nothing to escape, no line break and no control: most of a report's sentences, left as they are.
const MARKDOWN_PLAIN = /^[^\\`*_[\]<>|~\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/

/** Escapes text for Markdown: the characters that could start emphasis, code, links, HTML or a cell edge. */
export function escapeMarkdown(text: string): string {
  // Every line break becomes a space, a lone CR too (some renderers end a line there), and the other
  // controls are written as visible escapes.
  if (MARKDOWN_PLAIN.test(text)) return text
  return visibleControls(text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, ' '), true)
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

function markdownInline(inline: Inline, anchors: ReadonlyMap<string, string>): string {
  return spans(inline)
    .map((s) => {
      let text = escapeMarkdown(s.text)
      if (s.strong && text) text = `**${text}**`
      if (s.href && isSafeHref(s.href)) {
        const href = s.href.startsWith('#') ? anchors.get(s.href.slice(1)) : s.href.replace(/[()\s]/g, (c) => encodeURIComponent(c))
        if (href) return `[${text}](${s.href.startsWith('#') ? `#${href}` : href})`
      }
      return text
    })
    .join('')
}

function collectAnchors(blocks: Iterable<Block>, anchors: Map<string, string>, used: Map<string, number>): void {
  for (const b of blocks) {
    if (b.kind === 'heading') {
      const base = githubSlug(b.text)
      const n = used.get(base) ?? 0
      used.set(base, n + 1)
      if (b.id) anchors.set(b.id, n === 0 ? base : `${base}-${n}`)
    } else if (b.kind === 'section') collectAnchors(b.blocks, anchors, used)
  }
}

// As MARKDOWN_PLAIN, line feeds let through: those of a list joined, told apart by their count.
const MARKDOWN_PLAIN_LINES = /^[^\\`*_[\]<>|~\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/

/** Plain lines as a Markdown list, one string; null when one of them needs escaping. */
function markdownLines(texts: readonly string[], plain = 0): string[] | null {
  if (texts.length === 0) return []
  // The list is made, then checked: plain, it is the answer, made once. Its line feeds are the n - 1
  // it was joined with when no item holds one of its own (which would need escaping).
  const list = joinMarked(texts, '- ', '\n- ')
  if (plain & NO_MARKDOWN_MARKS) return [list]
  if (!MARKDOWN_PLAIN_LINES.test(list)) return null
  let feeds = 0
  for (let at = list.indexOf('\n'); at >= 0 && feeds < texts.length; at = list.indexOf('\n', at + 1)) feeds++
  return feeds === texts.length - 1 ? [list] : null
}

function markdownList(items: readonly ListItem[], anchors: ReadonlyMap<string, string>, depth: number): string[] {
  const plain = depth === 0 ? plainItems(items) : null
  const lines = plain && markdownLines(plain.texts)
  if (lines) return lines
  const out: string[] = []
  for (const item of items) {
    out.push(`${'  '.repeat(depth)}- ${markdownInline(item.content, anchors)}`)
    if (item.items) out.push(...markdownList(item.items, anchors, depth + 1))
  }
  return out
}

function markdownBlocks(blocks: readonly Block[], anchors: ReadonlyMap<string, string>): string[] {
  const out: string[] = []
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`)
        break
      case 'paragraph':
        out.push(markdownInline(b.content, anchors))
        break
      case 'table': {
        const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
        out.push(
          [
            row(b.columns.map((c) => escapeMarkdown(c.header))),
            row(b.columns.map((c) => (c.align === 'right' ? '---:' : '---'))),
            ...b.rows.map((r) => row(b.columns.map((_, i) => markdownInline(r[i] ?? '', anchors)))),
          ].join('\n'),
        )
        break
      }
      case 'list':
        out.push(markdownList(b.items, anchors, 0).join('\n'))
        break
      case 'lines':
        out.push((markdownLines(b.lines, b.plain) ?? markdownList(itemsOf(b), anchors, 0)).join('\n'))
        break
      case 'quote':
        out.push(
          b.text
            .split('\n')
            .map((l) => `> ${escapeMarkdown(l)}`)
            .join('\n'),
        )
        break
      case 'section':
        out.push(...markdownBlocks(b.blocks, anchors))
        break
      case 'html':
      case 'details':
        break
    }
  }
  return out
}

/**
 * As {@link toMarkdown}, block by block. Links need the anchors of every heading first: `headings` gives
 * the same headings in the same order (the blocks again, or only their headings), read once before.
 */
export function* markdownChunks(blocks: Iterable<Block>, headings: Iterable<Block>): Generator<string, void, undefined> {
  const anchors = new Map<string, string>()
  collectAnchors(headings, anchors, new Map())
  let first = true
  for (const b of blocks)
    for (const s of markdownBlocks([b], anchors)) {
      if (!first) yield '\n\n'
      yield s
      first = false
    }
  yield '\n'
}

/**
 * Writes blocks as GitHub-flavoured Markdown. Links to anchors inside the report point to the anchors
 * GitHub gives the headings.
 */
export function toMarkdown(blocks: readonly Block[]): string {
  const anchors = new Map<string, string>()
  collectAnchors(blocks, anchors, new Map())
  return `${markdownBlocks(blocks, anchors).join('\n\n')}\n`
}

// ---------------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------------

const HTML_SPECIAL = /[&<>"']/

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  if (!HTML_SPECIAL.test(text)) return text
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'))
}

/** An HTML id from any text: letters, digits, `-` and `_`, starting with a letter. */
export function htmlId(prefix: string, text: string, index: number): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return `${prefix}-${index + 1}${slug ? `-${slug}` : ''}`
}

/**
 * Anchors that stay put: each one from its own name (`vps-08` → `#vps-08`), not from its row, so that a
 * link to a client's explanation still works next month. A name that gives no letter first is prefixed
 * (`2026` → `e-2026`); a repeated one gets `-2`, `-3`. Slugs never hold `--`, so ids built as
 * `prefix--anchor` cannot meet them.
 */
export function stableIds(names: readonly string[], prefix: string): string[] {
  return names.map(idMaker(prefix))
}

/** @internal Each item beside its {@link stableIds} id, for the loops that need both. */
export function withIds<T>(items: readonly T[], name: (item: T) => string, prefix: string): [T, string][] {
  const id = idMaker(prefix)
  return items.map((item) => [item, id(name(item))])
}

function idMaker(prefix: string): (name: string) => string {
  const used = new Set<string>()
  return (name) => {
    let slug = name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '')
    if (!/^[A-Za-z]/.test(slug)) slug = slug ? `${prefix}-${slug}` : prefix
    let id = slug
    for (let n = 2; used.has(id.toLowerCase()); n++) id = `${slug}-${n}`
    used.add(id.toLowerCase())
    return id
  }
}

function htmlInline(inline: Inline): string {
  return spans(inline)
    .map((s) => {
      let h = escapeHtml(s.text)
      if (s.strong) h = `<strong>${h}</strong>`
      if (s.tone) h = `<span class="${s.tone}">${h}</span>`
      if (s.title) h = `<span title="${escapeHtml(s.title)}">${h}</span>`
      if (s.href && isSafeHref(s.href)) h = `<a href="${escapeHtml(s.href)}">${h}</a>`
      return h
    })
    .join('')
}

const LI_OPEN: Record<Tone, string> = { good: '<li><span class="good">', bad: '<li><span class="bad">', warn: '<li><span class="warn">', muted: '<li><span class="muted">' }

/** Plain lines as an HTML list, its pieces joined once; null when one of them needs escaping. */
function htmlLines(b: Extract<Block, { kind: 'lines' }>, className?: string): string | null {
  const texts = b.lines
  if (!((b.plain ?? 0) & NO_HTML_MARKS) && HTML_SPECIAL.test(texts.join(''))) return null
  const parts: string[] = [`<ul${className ? ` class="${className}"` : ''}>`]
  for (let k = 0; k < texts.length; k++) {
    const tone = b.tone?.(k)
    parts.push(tone ? LI_OPEN[tone] : '<li>', present(texts[k]), tone ? '</span></li>' : '</li>')
  }
  parts.push('</ul>')
  return parts.join('')
}

function htmlList(items: readonly ListItem[], className?: string): string {
  const plain = plainItems(items)
  const lines = plain && htmlLines(linesOf(plain), className)
  if (lines) return lines
  return `<ul${className ? ` class="${className}"` : ''}>${items
    .map((i) => `<li>${htmlInline(i.content)}${i.items ? htmlList(i.items) : ''}</li>`)
    .join('')}</ul>`
}

function htmlBlocks(blocks: readonly Block[]): string {
  const out: string[] = []
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`<h${b.level}${b.id ? ` id="${escapeHtml(b.id)}"` : ''}>${escapeHtml(b.text)}</h${b.level}>`)
        break
      case 'paragraph':
        out.push(`<p${b.className ? ` class="${b.className}"` : ''}>${htmlInline(b.content)}</p>`)
        break
      case 'table':
        out.push(
          `<div class="scroll"><table${b.className ? ` class="${b.className}"` : ''}><thead><tr>${b.columns
            .map((c) => `<th scope="col"${c.align === 'right' ? ' class="num"' : ''}>${escapeHtml(c.header)}</th>`)
            .join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${b.columns.map((c, i) => `<td${c.align === 'right' ? ' class="num"' : ''}>${htmlInline(r[i] ?? '')}</td>`).join('')}</tr>`)
            .join('\n')}</tbody></table></div>`,
        )
        break
      case 'list':
        out.push(htmlList(b.items, b.className))
        break
      case 'lines':
        out.push(htmlLines(b) ?? htmlList(itemsOf(b)))
        break
      case 'quote':
        out.push(`<blockquote${b.lang ? ` lang="${escapeHtml(b.lang)}"` : ''}>${b.text.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</blockquote>`)
        break
      case 'html':
        out.push(b.html)
        break
      case 'details':
        out.push(`<details><summary>${escapeHtml(b.summary)}</summary>${htmlBlocks(b.blocks)}</details>`)
        break
      case 'section':
        out.push(`${sectionOpen(b)}${htmlBlocks(b.blocks)}</section>`)
        break
    }
  }
  return out.join('\n')
}

const CSS = `
:root{--ink:#1d1d1f;--muted:#5f6368;--line:#d0d4d9;--bg:#fff;--band:#f1f3f5;--bad:#b3261e;--good:#1b6e3a;--warn:#8a5a00;--accent:#2456a6}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}h3{font-size:1.05rem;margin:1.5rem 0 .25rem}h4{font-size:.95rem;margin:1rem 0 .25rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid var(--line);padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:var(--band);font-weight:600}
.num{text-align:right;white-space:nowrap}
a{color:var(--accent)}
.bad{color:var(--bad);font-weight:600}.good{color:var(--good)}.warn{color:var(--warn)}.muted{color:var(--muted)}
.explanation{border-left:3px solid var(--line);padding-left:1rem;margin:1rem 0}
h3:target{background:#fff7d6}
.meta{color:var(--muted)}
blockquote{margin:.5rem 0;padding:.25rem 1rem;border-left:3px solid var(--line);background:var(--band);font-style:italic}
figure{margin:.5rem 0}figcaption{color:var(--muted);font-size:.85rem}
svg{max-width:100%;height:auto;font:11px system-ui,sans-serif}
svg .axis{stroke:var(--ink);stroke-width:1}svg .tick{stroke:var(--muted);stroke-width:.5}svg .edge{stroke:var(--ink);stroke-width:1.5}
svg .incident{fill:var(--bad)}svg .ignored{fill:none;stroke:#9aa0a6;stroke-dasharray:2 2}
svg .marker{fill:var(--accent)}svg .credit-bar{fill:var(--warn)}svg .frame{fill:none;stroke:var(--line)}
svg .bar-loss{fill:var(--bad)}svg .bar-compensation{fill:var(--good)}svg .dist-bar{fill:var(--warn)}svg .dist-zero{fill:var(--line)}
svg .target{stroke:var(--accent);stroke-width:1.5;stroke-dasharray:4 2}svg .target-label{fill:var(--accent);font-weight:600}
svg text{fill:var(--ink)}svg .label-muted{fill:var(--muted)}
footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
@page{size:A4 portrait;margin:16mm 12mm 14mm}
@page{@bottom-right{content:counter(page) " / " counter(pages);font:8pt system-ui,sans-serif;color:#5f6368}}
@media print{
 body{font-size:9.5pt}main{max-width:none;padding:0}
 a{color:inherit;text-decoration:none}
 h1{font-size:15pt}h2{font-size:12pt;break-after:avoid}h3,h4{break-after:avoid}
 tr,figure,li{break-inside:avoid}
 .scroll{overflow:visible}
 table{width:100%;font-size:8pt}
 th,td{padding:.15rem .3rem}
 th,th.num{background:none;white-space:normal;vertical-align:bottom}
 td{overflow-wrap:anywhere}
 thead{display:table-header-group}
 .explanation{break-inside:auto;border-left-color:#999}
 .element{break-before:page}
 details{display:none}
 svg{width:100%}
}
`

/** Text as a CSS string: quotes and backslashes escaped, line breaks and `<` written as code points. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`
}

/** What an HTML page holds around its blocks. */
export interface HtmlPage {
  lang: string
  title: string
  footer?: string
  /** Written at the top of every printed page: the period and the offer. */
  printHeader?: string
}

function htmlHead(page: HtmlPage): string {
  return `<!doctype html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${CSS}${page.printHeader ? `@page{@top-left{content:${cssString(page.printHeader)};font:8pt system-ui,sans-serif;color:#5f6368}}\n` : ''}</style>
</head>
<body>
<main>
`
}

function htmlTail(page: HtmlPage): string {
  return `
${page.footer ? `<footer>${escapeHtml(page.footer)}</footer>` : ''}
</main>
</body>
</html>
`
}

/**
 * Writes blocks as one self-contained HTML page: inline CSS (with a print style sheet), no script, no
 * font, no request to any other address.
 */
export function toHtml(blocks: readonly Block[], page: HtmlPage): string {
  return htmlHead(page) + htmlBlocks(blocks) + htmlTail(page)
}

function sectionOpen(b: Extract<Block, { kind: 'section' }>): string {
  return `<section${b.id ? ` id="${escapeHtml(b.id)}"` : ''}${b.className ? ` class="${b.className}"` : ''}>`
}

/** As {@link toHtml}, block by block. */
export function* htmlChunks(blocks: Iterable<Block>, page: HtmlPage): Generator<string, void, undefined> {
  yield htmlHead(page)
  let first = true
  for (const b of blocks) {
    if (!first) yield '\n'
    first = false
    if (b.kind !== 'section') {
      yield htmlBlocks([b])
      continue
    }
    // A section's blocks apart, as htmlBlocks joins them: joined, an element's explanation (its hundred
    // incidents) would be copied once more to be written.
    yield sectionOpen(b)
    for (const [k, inner] of b.blocks.entries()) {
      if (k > 0) yield '\n'
      yield htmlBlocks([inner])
    }
    yield '</section>'
  }
  yield htmlTail(page)
}
