import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml'
import { currencyScale } from '../credits/money.js'
import { describe, InputError, type IssueParams, joinPath } from '../errors.js'
import { type BilledElement } from '../statement/monthly.js'
import { MAX_CSV_RECORD } from './csv-header.js'
import { splitCsvRecords } from './csv-records.js'
import { isObject, rawJson, rawText, type SkippedRow } from './result.js'
import { readYaml } from './yaml.js'

/** A client list: who is billed for which element, at which fee. */
export interface ClientListResult {
  /** One per row kept, in file order, ready for `monthlyStatement`'s `elements`. A row without a fee is kept, with `fee` left out. */
  clients: (BilledElement & { feeSource: 'client-list' })[]
  /**
   * `lines[i]` is the line where `clients[i]` was written (1-based, as a spreadsheet numbers it), so that a
   * problem found later (a service the offer lacks) can name it; undefined where the reader had no line.
   */
  lines: (number | undefined)[]
  /** Rows left out, with their line (CSV, YAML) or path (JSON, YAML) and why. */
  skipped: SkippedRow[]
}

/** Options of {@link parseClientList}. */
export interface ClientListOptions {
  /** `csv`, or `json` / `yaml` (one reader: JSON is YAML 1.2). Default: `csv` unless the text starts with `[` or `{` or looks like YAML. */
  format?: 'csv' | 'json' | 'yaml'
  /** Currency of the rows that give a fee and no currency; without it such rows are skipped. */
  currency?: string
}

const CONTEXT = 'Cannot read the client list'
const COLUMNS = ['element', 'fee', 'currency', 'service', 'name', 'from', 'until'] as const
type Column = (typeof COLUMNS)[number]
// Spreadsheet headers differ in case, accents and the word chosen; these are the ones a treasurer writes.
const ALIASES: Record<string, Column> = {
  element: 'element',
  elements: 'element',
  id: 'element',
  fee: 'fee',
  amount: 'fee',
  montant: 'fee',
  prix: 'fee',
  tarif: 'fee',
  mensualite: 'fee',
  'tarif mensuel': 'fee',
  'prix mensuel': 'fee',
  'montant mensuel': 'fee',
  currency: 'currency',
  devise: 'currency',
  service: 'service',
  offre: 'service',
  name: 'name',
  nom: 'name',
  client: 'name',
  from: 'from',
  debut: 'from',
  until: 'until',
  fin: 'until',
}

/** @internal The client-list column a header names (`Tarif` → `fee`), or undefined: how a sheet holding a client list is told apart. */
export function clientColumnOf(name: string): string | undefined {
  return ALIASES[keyOf(name)]
}

function keyOf(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}

interface Fields {
  element?: unknown
  fee?: unknown
  currency?: unknown
  service?: unknown
  name?: unknown
  from?: unknown
  until?: unknown
}

// A day of the statement's calendar, or an instant with its offset; the statement reads either in its zone.
const WHEN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/

/** Reads one row; a reason when it cannot be billed. */
type Refusal = { reason: string; code: string; params: IssueParams }

function readRow(row: Fields, options: ClientListOptions): { client: BilledElement & { feeSource: 'client-list' } } | Refusal {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : v)
  const element = text(row.element)
  if (typeof element !== 'string' || element === '') return { reason: `element: is empty; every row names the element billed (got ${describe(row.element)})`, code: 'client-element-empty', params: { got: describe(row.element) } }
  // One element per row: a row naming two could not say whether its fee is each one's or the sum.
  if (/[,;|\s]/.test(element)) return { reason: `element: ${describe(element)} names more than one element; give each its own row and fee`, code: 'client-element-many', params: { element: describe(element) } }
  const client: BilledElement & { feeSource: 'client-list' } = { id: element, feeSource: 'client-list' }
  for (const key of ['name', 'service'] as const) {
    const v = text(row[key])
    if (v === undefined || v === null || v === '') continue
    if (typeof v !== 'string') return { reason: `${key}: must be text (got ${describe(row[key])})`, code: 'client-text', params: { key, got: describe(row[key]) } }
    client[key] = v
  }
  for (const key of ['from', 'until'] as const) {
    const v = row[key] instanceof Date ? (row[key] as Date).toISOString() : text(row[key])
    if (v === undefined || v === null || v === '') continue
    if (typeof v !== 'string' || !WHEN.test(v)) return { reason: `${key}: ${describe(row[key])} is not a date such as 2026-03-16 or an instant such as 2026-03-16T08:00:00+01:00`, code: 'client-when', params: { key, got: describe(row[key]) } }
    client[key] = v
  }
  let fee = row.fee
  let currency = text(row.currency)
  if (isObject(fee)) {
    currency = text(fee.currency) ?? currency
    fee = fee.amount
  }
  const amount = text(fee)
  if (amount === undefined || amount === null || amount === '') {
    if (currency !== undefined && currency !== null && currency !== '') return { reason: `fee: is empty but currency is ${describe(currency)}; give the fee, or leave both empty when it is not known`, code: 'client-fee-without-amount', params: { currency: describe(currency) } }
    return { client }
  }
  const cell = typeof amount === 'string' ? readAmountCell(amount) : undefined
  if (!cell) return { reason: `fee: ${describe(amount)} is not an amount such as 9.99 or 9,99`, code: 'client-fee-amount', params: { got: describe(amount) } }
  const written = cell.amount
  const given = typeof currency === 'string' && currency !== '' ? currency.toUpperCase() : undefined
  if (cell.currency !== undefined && given !== undefined && cell.currency !== given)
    return {
      reason: `fee: ${describe(amount)} is in ${cell.currency} but the currency given is ${given}`,
      code: 'client-fee-currency',
      params: { got: describe(amount), written: cell.currency, currency: given },
    }
  // The row's own currency, in its column or beside its amount, before the list's default.
  const code = given ?? cell.currency ?? options.currency?.toUpperCase()
  if (code === undefined) return { reason: `currency: is empty; give the currency of the fee ${written}, e.g. EUR`, code: 'client-currency-missing', params: { amount: written } }
  if (currencyScale(code) === undefined) {
    // The code as the row wrote it, in its column or beside its amount, else the list's default.
    const shown = describe(given !== undefined ? currency : (cell.currency ?? options.currency))
    return { reason: `currency: ${shown} is not an ISO 4217 code such as EUR`, code: 'client-currency-unknown', params: { got: shown } }
  }
  client.fee = { amount: written, currency: code }
  return { client }
}

// The currency signs that name one currency; `$` names several, and is refused rather than guessed.
const SIGNS: Record<string, string> = { '€': 'EUR', '£': 'GBP' }
// A whole number, its thousands grouped by a space (as a French spreadsheet writes 1 234,50, with a
// no-break or narrow no-break space) or not grouped, then its decimals after a comma or a point.
const NUMBER = /^(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:[.,]\d+)?$/
const MARKED = /^(?:(€|£|[A-Za-z]{3})\s*)?([\d \u00a0\u202f\u2009.,]+?)(?:\s*(€|£|[A-Za-z]{3}))?$/

/**
 * A fee as a spreadsheet writes it, as a decimal with a point: `9,99` and `9.99`; `1 234,50`, its thousands
 * grouped by a space of any width (a space cannot be the decimal mark, so the figure is not in doubt);
 * with the currency's sign or code before or after it (`9,99 €`, `EUR 12.50`), as a sheet whose cells are
 * formatted as money exports them. A comma or a point between thousands (`1,234.50`, `1.234,50`) would be
 * read as 1.234 in one country and 1234 in another: refused, as a sign naming several currencies (`$`).
 */
export function readAmountCell(cell: string): { amount: string; currency?: string } | undefined {
  const m = MARKED.exec(cell.trim())
  if (!m || (m[1] !== undefined && m[3] !== undefined)) return undefined
  const number = m[2] ?? ''
  if (!NUMBER.test(number)) return undefined
  const amount = number.replace(/[ \u00a0\u202f\u2009]/g, '').replace(',', '.')
  const mark = m[1] ?? m[3]
  return mark === undefined ? { amount } : { amount, currency: SIGNS[mark] ?? mark.toUpperCase() }
}

function guessFormat(text: string): 'csv' | 'yaml' {
  const head = text.replace(/^\uFEFF/, '').trimStart()
  if (head.startsWith('[') || head.startsWith('{') || head.startsWith('-') || /^clients\s*:/m.test(head.slice(0, 200))) return 'yaml'
  return 'csv'
}

function readCsv(text: string, options: ClientListOptions): ClientListResult {
  const body = text.replace(/^\uFEFF/, '')
  const headerLine = body.split(/\r\n|\n|\r/, 1)[0] ?? ''
  const delimiter = [';', '\t', ','].find((d) => headerLine.split(d).some((f) => ALIASES[keyOf(f.replace(/"/g, ''))] === 'element')) ?? ','
  const records: string[][] = []
  // Text in memory, read without csv-parse's Buffer: the list is read in a browser too.
  const stop = splitCsvRecords(body, delimiter, MAX_CSV_RECORD, (r) => records.push(r))
  if (stop?.kind === 'quote-not-closed') throw new InputError([{ path: '', message: stop.message, code: 'csv-quote-not-closed' }], CONTEXT)
  if (stop) {
    // The records before it were all read: it starts on the line after theirs.
    const line = records.reduce((n, r) => n + 1 + breaksIn(r), 1)
    const max = MAX_CSV_RECORD.toLocaleString('en')
    throw new InputError(
      [{ path: `line ${line}`, message: `is longer than ${max} bytes, the most a CSV record may hold: a client list has one short line per client (is it the right file?)`, code: 'csv-record-long', params: { max: MAX_CSV_RECORD } }],
      CONTEXT,
    )
  }
  const header = records[0] ?? []
  const index = new Map<Column, number>()
  header.forEach((name, i) => {
    const column = ALIASES[keyOf(name)]
    if (column && !index.has(column)) index.set(column, i)
  })
  if (!index.has('element'))
    throw new InputError(
      [
        {
          path: 'header (line 1)',
          message: `has no "element" column (columns: ${header.map((h) => describe(h)).join(', ') || 'none'}); the first line names the columns, e.g. "element;fee;currency;service;name"`,
          code: 'clients-no-element',
          params: { found: header.map((h) => describe(h)).join(', ') },
        },
      ],
      CONTEXT,
    )
  const clients: ClientListResult['clients'] = []
  const lines: (number | undefined)[] = []
  const skipped: SkippedRow[] = []
  const seen = new Map<string, string>()
  let line = 1 + breaksIn(header)
  for (const record of records.slice(1)) {
    line++
    const at = line
    line += breaksIn(record)
    if (record.every((cell) => cell.trim() === '')) continue
    const fields: Fields = {}
    for (const [column, i] of index) fields[column] = record[i]
    keep(readRow(fields, options), { line: at, raw: rawText(record.join(delimiter)) }, { clients, lines }, skipped, seen, `line ${at}`)
  }
  return { clients, lines, skipped }
}

function breaksIn(record: readonly string[]): number {
  let n = 0
  for (const cell of record) n += (cell.match(/\r\n|\n|\r/g) ?? []).length
  return n
}

function keep(
  read: ReturnType<typeof readRow>,
  where: { line?: number; path?: string; raw?: string },
  kept: Pick<ClientListResult, 'clients' | 'lines'>,
  skipped: SkippedRow[],
  seen: Map<string, string>,
  label: string,
): void {
  const at = { ...(where.line !== undefined && { line: where.line }), ...(where.path !== undefined && { path: where.path }), ...(where.raw !== undefined && { raw: where.raw }) }
  if ('reason' in read) {
    skipped.push({ ...at, reason: read.reason, code: read.code, params: read.params })
    return
  }
  const first = seen.get(read.client.id)
  if (first !== undefined) {
    skipped.push({ ...at, reason: `element: "${read.client.id}" is already billed (${first}); one row per element`, code: 'client-duplicate', params: { element: read.client.id, first } })
    return
  }
  seen.set(read.client.id, label)
  kept.clients.push(read.client)
  kept.lines.push(where.line)
}

function readDocument(text: string, options: ClientListOptions): ClientListResult {
  const { document, doc, lineCounter } = readYaml(text, CONTEXT)
  let list: unknown
  let base = ''
  let seq: unknown = doc.contents
  if (Array.isArray(document)) list = document
  else if (isObject(document) && Array.isArray(document.clients)) {
    list = document.clients
    base = 'clients'
    if (isMap(doc.contents)) seq = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'clients')?.value
  } else throw new InputError([{ path: '', message: `must be a list of clients, or { clients: [...] } (got ${describe(document)})`, code: 'client-document', params: { got: describe(document) } }], CONTEXT)
  const clients: ClientListResult['clients'] = []
  const lines: (number | undefined)[] = []
  const skipped: SkippedRow[] = []
  const seen = new Map<string, string>()
  ;(list as unknown[]).forEach((row, i) => {
    const path = joinPath(base, i)
    const item = isSeq(seq) ? (seq.items[i] as YamlNode | undefined) : undefined
    const offset = item?.range?.[0]
    const line = offset === undefined ? undefined : lineCounter.linePos(offset).line
    const raw = rawJson(row)
    const where = { ...(line !== undefined && { line }), path, ...(raw !== undefined && { raw }) }
    if (!isObject(row)) {
      skipped.push({ ...where, reason: `must be { element, fee, currency, service?, name?, from?, until? } (got ${describe(row)})`, code: 'client-not-object', params: { got: describe(row) } })
      return
    }
    const fields: Fields = { element: row.element ?? row.id, fee: row.fee, currency: row.currency, service: row.service, name: row.name, from: row.from, until: row.until }
    keep(readRow(fields, options), where, { clients, lines }, skipped, seen, path)
  })
  return { clients, lines, skipped }
}

/**
 * Reads a client list: who is billed for which element, at which monthly fee. CSV (delimiter `,`, `;` or
 * tab, found from the header; columns `element`, `fee`, `currency`, optional `service`, `name`, `from` and
 * `until`, in any order, French headers `montant` (or `tarif`, `prix`, `mensualité`), `devise`, `nom`, `début`, `fin` too; a fee written
 * `9,99` reads as 9.99, and as a sheet formatted as money exports it, `1 234,50 €` as 1234.50 EUR), or JSON / YAML (a list, or `{ clients: [...] }`, each `{ element, fee, currency?,
 * service?, name?, from?, until? }` where `fee` may be `{ amount, currency }`). `from` / `until` are the
 * dates a client's service started or ended within the month (`until` excluded), as `2026-03-16` or an
 * instant with its offset; the statement measures the client over that time. A row with an empty fee is kept without one: its credit will have a
 * percent and no amount. A row that cannot be billed (no element, an amount that is not one, an unknown
 * currency, an element already listed) is skipped with its line or path and the reason.
 *
 * @example
 * const { clients, skipped } = parseClientList('element;fee;currency;name\nvps-01;9,99;EUR;Alice\nvps-02;;;Bob\n;5;EUR;Carol\n')
 * clients // [{ id: 'vps-01', fee: { amount: '9.99', currency: 'EUR' }, name: 'Alice', feeSource: 'client-list' }, { id: 'vps-02', name: 'Bob', feeSource: 'client-list' }]
 * skipped[0].line // 4
 * const { lines } = parseClientList('element;fee;currency\nvps-01;9,99;EUR\n')
 * lines // [2]
 * @throws InputError when the text is not a client list at all: no `element` column, a YAML syntax error.
 */
export function parseClientList(text: string, options: ClientListOptions = {}): ClientListResult {
  if (typeof text !== 'string') throw new InputError([{ path: '', message: `must be the text of a client list (got ${describe(text)})`, code: 'client-list-text', params: { got: describe(text) } }], CONTEXT)
  const format = options.format ?? guessFormat(text)
  if (format !== 'csv' && format !== 'json' && format !== 'yaml') throw new InputError([{ path: 'format', message: `must be csv, json or yaml (got ${describe(format)})`, code: 'client-format', params: { got: describe(format) } }], CONTEXT)
  if (options.currency !== undefined && (typeof options.currency !== 'string' || currencyScale(options.currency.toUpperCase()) === undefined))
    throw new InputError(
      [{ path: 'currency', message: `must be an ISO 4217 code such as EUR (got ${describe(options.currency)})`, code: 'currency-eur', params: { got: describe(options.currency) } }],
      CONTEXT,
    )
  return format === 'csv' ? readCsv(text, options) : readDocument(text, options)
}
