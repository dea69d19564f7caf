/**
 * The prose of a rendered report, for the tests that check a French report reads as French: markup taken
 * off (HTML tags and entities, markdown links, emphasis and escapes), a JSON report's strings gathered,
 * and every quotation (what the report quotes as written) blanked, so that only the report's own words
 * are left to search for English marker words.
 */
export type ProseFormat = 'text' | 'markdown' | 'html' | 'json'

export interface ProseOptions {
  /** The quotations to blank, the longest first so that one is removed whole before any part of it. */
  readonly quoted: readonly string[]
  /** Inline HTML tags dropped without a line break (others become one). */
  readonly inlineTags: readonly string[]
  /** JSON fields that are not the report's prose (a preset as written, a band's bound…). */
  readonly skipJson: (key: string, parent: string) => boolean
}

export function prose(rendered: string, format: ProseFormat, o: ProseOptions): string {
  let text = rendered
  if (format === 'html')
    text = text
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(new RegExp(`<\\/?(${o.inlineTags.join('|')})\\b[^>]*>`, 'g'), '')
      .replace(/<[^>]+>/g, '\n')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  if (format === 'markdown')
    text = text
      .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '$1')
      .replace(/\*\*/g, '')
      .replace(/\\([\\`*_[\]<>|~])/g, '$1')
  if (format === 'json') {
    const strings: string[] = []
    const walk = (v: unknown, key: string, parent: string) => {
      if (o.skipJson(key, parent)) return
      if (typeof v === 'string') strings.push(v)
      else if (Array.isArray(v)) v.forEach((x) => walk(x, key, parent))
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k, key)
    }
    walk(JSON.parse(rendered), '', '')
    // A sentence is spaced so that a marker word opening or closing it is found as in running text; a
    // single word is a code of the format (`counted`, `breached`), not prose.
    text = strings.map((s) => (s.includes(' ') ? ` ${s} ` : s)).join('\n')
  }
  for (const q of o.quoted) text = text.split(q).join(' ')
  return text
}

/** Each marker word found in the text, with the words around it so that a failure shows where. */
export function markersIn(text: string, markers: readonly string[], around: number): string[] {
  return markers.flatMap((w) => {
    const at = text.indexOf(w)
    return at < 0 ? [] : [`${JSON.stringify(w)} in “…${text.slice(Math.max(0, at - around), at + around).replace(/\s+/g, ' ')}…”`]
  })
}
