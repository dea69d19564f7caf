import { toText } from '../report/document.js'
import { messagesFor } from '../report/i18n.js'
import { renderPresetList } from '../report/index.js'
import { type ReportOptions } from '../report/options.js'
import { sourceConfidence } from '../offers/presets/confidence.js'
import { type Preset } from '../offers/presets/index.js'
import { frenchPresetName } from '../offers/presets/sources/french.js'
import { type CliMessages } from './messages.js'

/**
 * `matou presets` in a terminal: one line per preset, its id first (what `--with` and `presets show`
 * take), how sure its terms are (verified / partly / assumed), its date and its name (cut to the width); the details are one `matou presets show ID` away. Markdown, HTML and JSON
 * keep the full list, for a page or a program.
 */
export function presetList(list: readonly Preset[], options: ReportOptions, m: CliMessages): string {
  if (options.format !== 'text') return renderPresetList(list, options)
  const width = options.width ?? 100
  // The date as a year or a day; the source's own words on it ("undated: current page") are in the details.
  const dateOf = (p: Preset) => /^\d{4}(-\d{2}(-\d{2})?)?/.exec(p.source.date ?? '')?.[0] ?? '—'
  const idWidth = Math.max(m.presetColumns.id.length, ...list.map((p) => p.id.length))
  const dateWidth = Math.max(m.presetColumns.date.length, ...list.map((p) => dateOf(p).length))
  // A figure read from a forum copy should not look as sure as one read on the provider's page.
  const sure = messagesFor(options.lang ?? 'en').preset.confidenceShort
  const sureOf = (p: Preset) => sure[sourceConfidence(p.source)]
  const sureWidth = Math.max(m.presetColumns.checked.length, ...list.map((p) => sureOf(p).length))
  // The name last, cut to what is left of the line: the id is what a command takes, and it stays whole.
  const room = Math.max(12, width - idWidth - sureWidth - dateWidth - 6)
  const cut = (name: string) => ([...name].length <= room ? name : `${[...name].slice(0, room - 1).join('')}…`)
  const table = toText(
    [
      {
        kind: 'table',
        columns: [{ header: m.presetColumns.id }, { header: m.presetColumns.checked }, { header: m.presetColumns.date }, { header: m.presetColumns.name }],
        rows: list.map((p) => [p.id, sureOf(p), dateOf(p), cut(options.lang === 'fr' ? frenchPresetName(p.name) : p.name)]),
      },
    ],
    options.color ?? false,
    width,
  )
  return `${table}\n${m.presetsFooter(list.length)}\n`
}
