import { type CommitmentLike, compileCommitment } from '../commitment/commitment.js'
import { currencyScale } from '../credits/money.js'
import { Decimal } from '../decimal.js'
import { describe, InputError, IssueList } from '../errors.js'
import { type Offer } from '../offers/offer.js'
import { presets } from '../offers/presets/index.js'
import { sourceWithTexts } from '../offers/presets/sources/by-id.js'
import { presetSource } from '../offers/presets/sources/index.js'
import { type Statement, type StatementEntry, type UnpricedEntry } from '../statement/monthly.js'
import { formatDay } from '../time/civil.js'
import { zoneOffset } from '../time/offset.js'
import { csvCell } from './csv-cell.js'
import { Formatter } from './format.js'
import { messagesFor, type ReportLanguage } from './i18n.js'

/** Options of {@link creditNotesCsv}. */
export interface CreditNotesOptions {
  /** `en` (default): `,` between cells, `.` in numbers, English headers. `fr`: `;` between cells, `,` in numbers, French headers. */
  lang?: ReportLanguage
  /** The offer billed: its claim window gives the claim deadline, its commitment's source the clause. */
  offer?: Offer
  /** The commitment, when there is no offer: its source gives the clause. Default: the preset the statement names, if any. */
  commitment?: CommitmentLike
}

const MS_PER_DAY = 86_400_000

/** The last day to claim, as the commitment's calendar shows it: `days` after the last day of the period. */
function claimDeadline(statement: Statement<StatementEntry | UnpricedEntry>, days: number): string {
  const end = statement.period.end.getTime()
  // The period ends at midnight, local time: its last day is the day before.
  const lastDay = Math.floor((end + zoneOffset(statement.period.timeZone, end)) / MS_PER_DAY) - 1
  return formatDay(lastDay + days)
}

/**
 * Writes the credit notes of a statement as CSV, for an invoicing tool (Dolibarr, Odoo) or a spreadsheet:
 * a header, then one line per element owed a credit, in the statement's order. Columns, in this order
 * (French headers with `lang: 'fr'`):
 *
 * | column | holds |
 * | --- | --- |
 * | `client` | the client's name from the client list; empty when none |
 * | `element` | the element credited |
 * | `service` | the offer's service, when the client list names one |
 * | `period` | the billing month, `2026-03` |
 * | `fee` | the monthly fee, to the currency's minor unit; empty when unknown |
 * | `availability_percent` | the availability, 4 decimals, cut (never rounded up into a better band) |
 * | `band` | the band that applied, as the report writes it |
 * | `credit_percent` | the credit in percent of the fee, exact |
 * | `credit_amount` | the credit, rounded once as the statement did; empty when the fee is unknown |
 * | `currency` | ISO 4217 code |
 * | `clause` | the contract's clause, quoted from the commitment's source |
 * | `claim_deadline` | last day to claim, `YYYY-MM-DD`, when the offer's claim window is a number of days |
 *
 * Numbers carry no thousands separator; with `lang: 'fr'` the decimal mark is `,` and cells are separated
 * by `;`, as a French spreadsheet expects. Lines end with CRLF (RFC 4180). No cell can start a formula.
 *
 * @example
 * // 4 h down of the 743 h of March in Paris: 99.4616 %, band 99–99.5 % → 10 % of 9.99 = 1.00 EUR.
 * const statement = monthlyStatement({ commitment: presets.ovhVps2016.starter, month: '2026-03', incidents, elements: [{ id: 'vps-1', name: 'Alice', fee: { amount: '9.99', currency: 'EUR' } }] })
 * const lines = creditNotesCsv(statement, { lang: 'fr' }).split('\r\n')
 * lines[0] // 'client;element;service;periode;montant_mensuel;disponibilite_pourcent;palier;credit_pourcent;montant_credit;devise;clause;date_limite_reclamation'
 * lines[1].split(';').slice(0, 6) // ['Alice', 'vps-1', '', '2026-03', '9,99', '99,4616']
 * lines[1].split(';').slice(7, 10) // ['10', '1,00', 'EUR']
 * @throws InputError listing every problem of the options.
 */
export function creditNotesCsv(statement: Statement<StatementEntry | UnpricedEntry>, options: CreditNotesOptions = {}): string {
  const issues = new IssueList()
  const o = (options ?? {}) as CreditNotesOptions
  if (o.lang !== undefined && o.lang !== 'fr' && o.lang !== 'en') issues.add('lang', `must be fr or en (got ${describe(o.lang)})`, 'fr-or-en', { got: describe(o.lang) })
  if (statement === null || typeof statement !== 'object' || !Array.isArray(statement.elements) || !statement.period)
    issues.add('statement', 'must be a statement from monthlyStatement', 'built-by', { what: 'a statement', by: 'monthlyStatement' })
  let clause: string | undefined
  // A preset's clause is in its full source: an offer or commitment made from one carries the short one.
  if (o.offer !== undefined) clause = o.offer.commitment.source && sourceWithTexts(o.offer.commitment.id ?? o.offer.id, o.offer.commitment.source).clause
  else if (o.commitment !== undefined) {
    try {
      const c = compileCommitment(o.commitment, 'commitment')
      clause = c.source && sourceWithTexts(c.id, c.source).clause
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      issues.issues.push(...error.issues)
    }
  } else if (statement?.commitmentId !== undefined && presets.ids().includes(statement.commitmentId)) clause = presetSource(statement.commitmentId).clause
  issues.throwIfAny('Cannot write the credit notes')
  const lang = o.lang ?? 'en'
  const m = messagesFor(lang)
  const f = new Formatter(m, statement.period.timeZone)
  const delimiter = lang === 'fr' ? ';' : ','
  const number = (d: Decimal, places?: number) => {
    const text = places === undefined ? d.toFixed() : d.toFixed(places)
    return lang === 'fr' ? text.replace('.', ',') : text
  }
  const days = o.offer?.claimWindow?.days
  const deadline = days !== undefined ? claimDeadline(statement, days) : ''
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
  const lines = [m.creditNotes.map((h) => csvCell(h, delimiter)).join(delimiter)]
  for (const e of statement.elements) {
    if (e.credit.percent.isZero()) continue
    const currency = e.fee?.currency ?? ''
    const row = [
      e.name ?? '',
      e.element,
      e.service ?? '',
      statement.period.label,
      e.fee ? number(e.fee.amount, Math.max(currencyScale(currency) ?? 2, e.fee.amount.decimalPlaces())) : '',
      number(e.availability.availability.toDecimalPlaces(4, Decimal.ROUND_DOWN)),
      plain(e.credit.tier ? f.band(e.credit.tier) : m.none),
      number(e.credit.percent),
      e.credit.amount !== undefined ? number(e.credit.amount, e.credit.scale) : '',
      currency,
      plain(clause ?? ''),
      deadline,
    ]
    lines.push(row.map((c) => csvCell(c, delimiter)).join(delimiter))
  }
  return `${lines.join('\r\n')}\r\n`
}
