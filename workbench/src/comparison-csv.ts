import { type Comparison } from '../../src/index.ts'
import { csvCell } from '../../src/report/csv-cell.ts'
import { bandLabel } from './format.ts'
import { type Lang } from './state.ts'

const HEADERS: Record<Lang, readonly string[]> = {
  en: ['scenario', 'offer', 'availability_percent', 'band', 'compensation', 'currency', 'client_downtime_hours', 'client_loss', 'cover_percent'],
  fr: ['scenario', 'offre', 'disponibilite_pourcent', 'palier', 'compensation', 'devise', 'heures_indisponibilite_client', 'perte_client', 'couverture_pourcent'],
}

/**
 * The comparison's cells as a CSV a spreadsheet imports, as the statement's credit notes are written: in
 * English `,` between cells and `.` in numbers; in French `;`, a decimal comma and French headers. Lines
 * end with CRLF; no cell can start a formula (a scenario named `=1+1` stays a name). Numbers carry no
 * thousands separator.
 */
export function comparisonCsv(c: Comparison, lang: Lang): string {
  const delimiter = lang === 'fr' ? ';' : ','
  const number = (text: string) => (lang === 'fr' ? text.replace('.', ',') : text)
  const rows: (readonly string[])[] = [HEADERS[lang]]
  for (const cell of c.cells) {
    const offer = c.offers.find((o) => o.id === cell.offer)!
    rows.push([
      cell.scenario,
      cell.offer,
      number(cell.availability.availability.toString()),
      cell.band === null ? '' : bandLabel(cell.band, lang),
      number(cell.compensation.toFixed(2)),
      offer.services[0]!.fee.currency,
      number(cell.clientDowntimeHours.toString()),
      cell.clientLoss === undefined ? '' : number(cell.clientLoss.toFixed(2)),
      cell.coverPercent === undefined ? '' : number(cell.coverPercent.toFixed(2)),
    ])
  }
  return rows.map((r) => r.map((v) => csvCell(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n'
}
