import { describe, expect, it } from 'vitest'
import { parseCsvIncidentColumns, parseCsvIncidents } from '../../src/io/index.js'

// A spreadsheet's header in French, one column mapped by the option, one the reader does not know.
const CSV = 'Début;FIN;Éléments;Gravité;notes\n2026-03-02T10:00:00Z;2026-03-02T11:00:00Z;vps-1;panne;x\n'

describe('the CSV readers give each field’s column as the header names it', () => {
  it('as written in the file (case and accents kept), the mapped column under its field, the others left out', () => {
    // « Gravité » is the impact by --columns; « notes » is no field and stays in ignoredColumns.
    const expected = { start: 'Début', end: 'FIN', elements: 'Éléments', impact: 'Gravité' }
    const objects = parseCsvIncidents(CSV, { columns: { impact: 'Gravité' } })
    expect([objects.columnNames, objects.ignoredColumns]).toEqual([expected, ['notes']])
    expect(parseCsvIncidentColumns(CSV, { columns: { impact: 'Gravité' } }).columnNames).toEqual(expected)
  })
})
