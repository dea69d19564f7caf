import { type Decimal, humanDuration } from '../../src/index.ts'
import { type Lang } from './state.ts'

// Figures as the library computed them, only written the way each language writes numbers: the digits
// are the library's (Decimal.toFixed), never re-rounded by floating point.

/** `1234.5` → `1 234,50` in French, `1,234.50` in English, from the exact decimal. */
export function decimalText(value: Decimal | string, decimals: number, lang: Lang): string {
  const fixed = typeof value === 'string' ? value : value.toFixed(decimals)
  const [whole, fraction] = fixed.split('.') as [string, string | undefined]
  const negative = whole.startsWith('-')
  const digits = negative ? whole.slice(1) : whole
  const group = lang === 'fr' ? '\u202f' : ','
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group)
  const sep = lang === 'fr' ? ',' : '.'
  return (negative ? '-' : '') + grouped + (fraction === undefined ? '' : sep + fraction)
}

/** Money to its currency's minor unit as the library rounded it: `12,00 EUR`. */
export function moneyText(amount: Decimal, currency: string, lang: Lang, decimals = 2): string {
  return `${decimalText(amount, decimals, lang)}\u00a0${currency}`
}

/** A duration in ms with the library's units (`3 h 36 min`); French writes days `j`. */
export function durationText(ms: number, lang: Lang): string {
  const text = humanDuration(ms)
  return lang === 'fr' ? text.replace(/(\d) d\b/g, '$1 j').replace(/\./g, ',') : text
}

/** A share 0…1 as a percentage with `decimals`. */
export function shareText(share: number, decimals: number, lang: Lang): string {
  const fixed = (share * 100).toFixed(decimals)
  return `${decimalText(fixed, decimals, lang)}\u00a0%`
}

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/**
 * Downloads a CSV. In French it starts with a UTF-8 byte-order mark, as the command line writes one with
 * `--lang fr`: Excel reads a CSV without it in the machine's old code page, and `é` would show as `Ã©`.
 */
export function downloadCsv(name: string, csv: string, lang: Lang): void {
  download(name, 'text/csv', lang === 'fr' && !csv.startsWith('\uFEFF') ? `\uFEFF${csv}` : csv)
}

/**
 * The text of a file dropped or chosen, as the command line reads one: UTF-8; UTF-16 after its byte-order
 * mark (Excel's "Unicode text"); Windows-1252 when the bytes are not UTF-8, as Excel on Windows saves a
 * French CSV (`début`, `9,99 €`), which `File.text()` would fill with replacement characters.
 */
export async function fileText(file: Blob, options: { headed?: (row: readonly string[]) => boolean } = {}): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  // A LibreOffice or Excel file (a ZIP archive, or the old compound format, refused with how to save it):
  // its first sheet shown, or the first `headed` as the page needs when that one is not, as the CSV the
  // readers take. The reader is loaded only when such a file comes.
  if ((bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
    const { parseSpreadsheet, spreadsheetKind } = await import('../../src/io/spreadsheet.ts')
    if (spreadsheetKind(bytes) !== undefined) {
      const first = parseSpreadsheet(bytes)
      const { headed } = options
      if (!headed || headed(first.rows[0] ?? [])) return first.csv
      const other = first.sheets.map((sheet) => (sheet === first.sheet ? undefined : parseSpreadsheet(bytes, { sheet }))).find((t) => t !== undefined && headed(t.rows[0] ?? []))
      return (other ?? first).csv
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** A band as the library writes it (`>= 99.5 and < 99.9`), in the page's language. */
export function bandLabel(label: string, lang: Lang): string {
  return lang === 'fr' ? label.replace(/ and /g, ' et ').replace(/(\d)\.(\d)/g, '$1,$2') : label
}
