/**
 * A spreadsheet as a French hosting collective keeps it: French column names, French words for impacts
 * and causes, semicolons and French dates; or its own column names, mapped.
 */
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/index.js'
import { CAUSE_WORDS, COLUMN_WORDS, IMPACT_WORDS, parseCsvIncidentColumns, parseCsvIncidents, readCsvIncidents } from '../../src/io/index.js'

function inputError(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError')
}

const french = { dateFormat: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' }

describe('a French spreadsheet', () => {
  it('reads French column names and words, whatever their accents and case', async () => {
    const text = [
      'Identifiant;Début;FIN;Éléments affectés;Impact;Cause;Signalé le;Intervention;Rétabli;Titre;Statut',
      'A;02/03/2026 10:00;02/03/2026 12:30;vps-01;Panne;imprévu;02/03/2026 10:05;02/03/2026 10:20;02/03/2026 12:00;Disque plein;clos',
      'B;03/03/2026 22:00;04/03/2026 01:00;vps-02, vps-03;dégradé;Maintenance  programmée;;;;;clos',
      'C;05/03/2026 08:00;05/03/2026 08:45;;PARTIELLE;client;;;;;clos',
      'D;06/03/2026 08:00;06/03/2026 08:45;vps-01;degradee;force majeure;;;;;clos',
      'E;07/03/2026 08:00;;vps-01;panne partielle;Maintenance planifiée;;;;;ouvert',
    ].join('\r\n')
    const r = parseCsvIncidents(text, french)
    // Paris is UTC+1 in early March: 10:00 local is 09:00Z.
    expect(r.incidents).toEqual([
      {
        id: 'A',
        title: 'Disque plein',
        start: '2026-03-02T09:00:00Z',
        end: '2026-03-02T11:30:00Z',
        elements: ['vps-01'],
        impact: 'outage',
        cause: 'unplanned',
        reportedAt: '2026-03-02T09:05:00Z',
        interventionAt: '2026-03-02T09:20:00Z',
        restoredAt: '2026-03-02T11:00:00Z',
      },
      { id: 'B', start: '2026-03-03T21:00:00Z', end: '2026-03-04T00:00:00Z', elements: ['vps-02', 'vps-03'], impact: 'degraded', cause: 'maintenance' },
      { id: 'C', start: '2026-03-05T07:00:00Z', end: '2026-03-05T07:45:00Z', impact: 'partial', cause: 'customer' },
      { id: 'D', start: '2026-03-06T07:00:00Z', end: '2026-03-06T07:45:00Z', elements: ['vps-01'], impact: 'degraded', cause: 'force-majeure' },
      { id: 'E', start: '2026-03-07T07:00:00Z', elements: ['vps-01'], impact: 'partial', cause: 'maintenance' },
    ])
    // `Statut` beside `Début` is a column of its own, not a typo of `start`.
    expect(r.ignoredColumns).toEqual(['Statut'])
    expect(r.delimiter).toBe(';')
    expect(await readCsvIncidents(text, french)).toEqual(r)
  })

  it('reads every word of the tables, and refuses a word not in them with the row\'s line', () => {
    const impacts = Object.entries(IMPACT_WORDS).flatMap(([impact, words]) => words.map((w) => [impact, w] as const))
    const causes = Object.entries(CAUSE_WORDS).flatMap(([cause, words]) => words.map((w) => [cause, w] as const))
    const rows = [...impacts.map(([, w]) => `2026-03-02T10:00:00Z;${w};`), ...causes.map(([, w]) => `2026-03-02T10:00:00Z;;${w.toUpperCase()}`), '2026-03-02T10:00:00Z;catastrophe;']
    const r = parseCsvIncidents(['début;impact;cause', ...rows].join('\n'))
    expect(r.incidents.map((i) => i.impact ?? i.cause)).toEqual([...impacts.map(([x]) => x), ...causes.map(([x]) => x)])
    expect(r.skipped).toEqual([
      {
        line: rows.length + 1,
        reason: 'impact: must be one of outage, partial, degraded, or a synonym such as "panne" (see IMPACT_WORDS) (got "catastrophe")',
        code: 'cells',
        params: { count: 1, '0.column': 'impact', '0.name': 'impact', '0.code': 'impact-unknown', '0.options': 'outage, partial, degraded', '0.got': '"catastrophe"' },
        raw: '2026-03-02T10:00:00Z;catastrophe;',
      },
    ])
  })

  it('reads the words a French spreadsheet writes, whatever their case, accents or hyphens', () => {
    // Each cell as a person types it, and what it reads as.
    const cells: [string, string, string][] = [
      ['En panne', 'Imprévu', 'outage/unplanned'],
      ['EN PANNE', 'IMPREVU', 'outage/unplanned'],
      ['en-panne', 'imprevue', 'outage/unplanned'],
      ['Hors service', 'Incident', 'outage/unplanned'],
      ['hors-service', 'non programmé', 'outage/unplanned'],
      ['HS', 'Client', 'outage/customer'],
      ['Indisponible', 'du fait du client', 'outage/customer'],
      ['Coupure', 'Maintenance programmee', 'outage/maintenance'],
      ['coupé', 'Travaux planifiés', 'outage/maintenance'],
      ['Ralenti', 'maintenance prévue', 'degraded/maintenance'],
      ['Ralentissement', 'Intervention programmée', 'degraded/maintenance'],
      ['Dégradé', 'Force majeure', 'degraded/force-majeure'],
      ['degrade', 'Fournisseur', 'degraded/third-party'],
      ['Mode dégradé', 'Tiers', 'degraded/third-party'],
      ['Indisponibilité partielle', 'Imprévue', 'partial/unplanned'],
      ['Partiellement indisponible', 'imprévu', 'partial/unplanned'],
    ]
    const text = ['Début;Impact;Cause', ...cells.map(([impact, cause]) => `02/03/2026 10:00;${impact};${cause}`)].join('\n')
    const r = parseCsvIncidents(text, { dateFormat: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' })
    expect(r.skipped).toEqual([])
    expect(r.incidents.map((i) => `${i.impact}/${i.cause}`)).toEqual(cells.map(([, , read]) => read))
    // A word close to one of the table's but not in it is still refused, with its line.
    const refused = parseCsvIncidents('Début;Impact\n02/03/2026 10:00;en pan\n', { dateFormat: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' })
    expect(refused.skipped.map((x) => x.line)).toEqual([2])
  })

  it('reads every column name of the table', () => {
    for (const [column, names] of Object.entries(COLUMN_WORDS))
      for (const name of names) {
        const header = column === 'start' ? name : `début;${name}`
        const r = parseCsvIncidentColumns(`${header}\n2026-03-02T10:00:00Z${column === 'start' ? '' : ';'}\n`, { delimiter: ';' })
        expect(r.ignoredColumns, `${column}: ${name}`).toEqual([])
        expect(r.incidents.count).toBe(1)
      }
  })

  it('maps columns named otherwise, and says which mapped column is missing', () => {
    const text = 'N°;Ouverture;Clôture;Machine\n1;2026-03-02T10:00:00Z;2026-03-02T11:00:00Z;vps-01\n'
    const r = parseCsvIncidents(text, { columns: { id: 'N°', start: 'ouverture', end: 'CLOTURE', elements: 'Machine' } })
    expect(r.incidents).toEqual([{ id: '1', start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', elements: ['vps-01'] }])
    expect(r.delimiter).toBe(';')
    const missing = inputError(() => parseCsvIncidents(text, { columns: { start: 'Ouverture', end: 'Fermeture' } }))
    expect(missing.issues).toEqual([
      { path: 'header (line 1)', message: 'has no column "Fermeture", which option columns.end names (columns found: "N°", "Ouverture", "Clôture", "Machine")' },
    ])
    expect(inputError(() => parseCsvIncidents(text, { columns: { begin: 'x', start: '', end: 'Clôture', id: 'cloture' } as never })).issues).toEqual([
      { path: 'options.columns.begin', message: 'is not a column; the columns are id, start, end, elements, impact, cause, detectedAt, reportedAt, interventionAt, restoredAt, title' },
      { path: 'options.columns.start', message: 'must be the name of a header column, e.g. "début" (got "")' },
      { path: 'options.columns.id', message: 'names the same header column as columns.end ("cloture")' },
    ])
  })

  it('does not blame the delimiter when it found one: it lists the columns and suggests the mapping', () => {
    const noStart = inputError(() => parseCsvIncidents('Ouverture;Clôture;Machine\n2026-03-02T10:00:00Z;;vps-01\n'))
    expect(noStart.issues).toEqual([
      {
        path: 'header (line 1)',
        message:
          'has no "start" column (columns found: "Ouverture", "Clôture", "Machine"): name the column where incidents start "start" or "début", or map it with option columns, e.g. { start: \'Ouverture\' } (on the command line: --columns start=Ouverture)',
      },
    ])
    const oneColumn = inputError(() => parseCsvIncidents('Ouverture Clôture Machine\n'))
    expect(oneColumn.issues[0]!.message).toBe(
      'has no "start" column (read with delimiter ",", one column: "Ouverture Clôture Machine"); the first line must name the columns, e.g. "id,start,end,elements,impact"; if the file uses another delimiter, give it with option delimiter',
    )
  })
})
