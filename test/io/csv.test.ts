import { describe, expect, it } from 'vitest'
import { InputError, measureAvailability, monthPeriod } from '../../src/index.js'
import { type CsvOptions, type CsvReadResult, csvIncidentRows, parseCsvIncidents, readCsvIncidents } from '../../src/io/index.js'
import { rejectionOf } from '../setup/french-issues.js'

/** Reads with all three readers and checks they agree; returns the synchronous result. */
async function readAll(text: string, options: CsvOptions = {}): Promise<CsvReadResult> {
  const sync = parseCsvIncidents(text, options)
  const streamed = await readCsvIncidents(text, options)
  expect(streamed).toEqual(sync)
  // Byte by byte: a delimiter, a CRLF or a UTF-8 character cut between chunks changes nothing.
  const bytes = new TextEncoder().encode(text)
  const oneByOne = await readCsvIncidents(
    (async function* () {
      for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1)
    })(),
    options,
  )
  expect(oneByOne).toEqual(sync)
  return sync
}

function inputError(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError')
}


describe('CSV incident readers', () => {
  it('reads every column, in any order, with ISO-8601 instants kept as written', async () => {
    const text = [
      'title,id,start,end,elements,impact,cause,detectedAt,reportedAt,interventionAt,restoredAt',
      'Disk full,inc-1,2026-03-02T10:00:00+01:00,2026-03-02T12:30:00+01:00,vps-1;vps-2,partial,unplanned,2026-03-02T10:05:00+01:00,2026-03-02T10:20:00+01:00,2026-03-02T10:30:00+01:00,2026-03-02T12:00:00+01:00',
      'Upgrade,inc-2,2026-03-05T22:00:00Z,2026-03-05T23:00:00Z,vps-1 | vps-3,outage,maintenance,,,,',
      'Still down,inc-3,2026-03-30T08:00:00Z,,,,,,,,',
    ].join('\n')
    const r = await readAll(text)
    expect(r.skipped).toEqual([])
    expect(r.lines).toEqual([2, 3, 4])
    expect(r.delimiter).toBe(',')
    expect(r.incidents).toEqual([
      {
        title: 'Disk full',
        id: 'inc-1',
        start: '2026-03-02T10:00:00+01:00',
        end: '2026-03-02T12:30:00+01:00',
        elements: ['vps-1', 'vps-2'],
        impact: 'partial',
        cause: 'unplanned',
        detectedAt: '2026-03-02T10:05:00+01:00',
        reportedAt: '2026-03-02T10:20:00+01:00',
        interventionAt: '2026-03-02T10:30:00+01:00',
        restoredAt: '2026-03-02T12:00:00+01:00',
      },
      { title: 'Upgrade', id: 'inc-2', start: '2026-03-05T22:00:00Z', end: '2026-03-05T23:00:00Z', elements: ['vps-1', 'vps-3'], impact: 'outage', cause: 'maintenance' },
      // An empty end is an open incident; an empty elements cell means every element.
      { title: 'Still down', id: 'inc-3', start: '2026-03-30T08:00:00Z' },
    ])
    // What it reads is measurable as it is.
    const report = measureAvailability({
      commitment: { credit: { type: 'pro-rata' } },
      period: monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }),
      incidents: r.incidents,
      element: 'vps-1',
      asOf: '2026-04-01T00:00:00+02:00',
    })
    // 2 h 30 min of partial outage (weight 1 by default), the maintenance excluded, the open one from 30 March
    // 08:00 UTC to asOf (31 March 22:00 UTC): 38 h.
    expect(report.downtimeMs).toBe(2.5 * 3_600_000 + 38 * 3_600_000)
  })

  it.each([
    [';', 'id;start;end\na;2026-03-02T10:00:00Z;2026-03-02T11:00:00Z\n'],
    ['\t', 'id\tstart\tend\na\t2026-03-02T10:00:00Z\t2026-03-02T11:00:00Z\n'],
    ['|', 'id|start|end|elements\na|2026-03-02T10:00:00Z|2026-03-02T11:00:00Z|x;y\n'],
    [',', 'id,start,end\na,2026-03-02T10:00:00Z,2026-03-02T11:00:00Z\n'],
  ])('detects the delimiter %j from the header line', async (delimiter, text) => {
    const r = await readAll(text)
    expect(r.delimiter).toBe(delimiter)
    expect(r.incidents[0]).toMatchObject({ id: 'a', start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z' })
  })

  it('prefers the delimiter that yields a start column: a title with commas in a semicolon file', async () => {
    const r = await readAll('title;start\n"Disk, then network";2026-03-02T10:00:00Z\n')
    expect(r.delimiter).toBe(';')
    expect(r.incidents).toEqual([{ title: 'Disk, then network', start: '2026-03-02T10:00:00Z' }])
  })

  it('uses a given delimiter', async () => {
    const r = await readAll('id;start\na;2026-03-02T10:00:00Z\n', { delimiter: ';' })
    expect(r.incidents).toHaveLength(1)
    const wrong = inputError(() => parseCsvIncidents('id;start\na;2026-03-02T10:00:00Z\n', { delimiter: ',' }))
    expect(wrong.issues[0]!.message).toContain('has no "start" column')
  })

  it('reads a BOM, CRLF, quoted fields with delimiters, quotes and line breaks, and counts lines as an editor does', async () => {
    const text =
      '\uFEFFid,start,title\r\n' +
      '\r\n' +
      'a,2026-03-02T10:00:00Z,"two\r\nlines, and a ""quote"""\r\n' +
      'b,not a date,x\r\n' +
      'c,2026-03-02T11:00:00Z,"three\nlines\rmixed"\r\n' +
      'd,2026-03-02T12:00:00Z,é\r\n'
    const r = await readAll(text)
    expect(r.incidents.map((i) => i.id)).toEqual(['a', 'c', 'd'])
    expect(r.incidents[0]!.title).toBe('two\r\nlines, and a "quote"')
    expect(r.lines).toEqual([3, 6, 9])
    expect(r.skipped).toEqual([
      {
        line: 5,
        reason: expect.stringContaining('start: "not a date" is not an ISO-8601 instant'),
        code: 'cells',
        params: { count: 1, '0.column': 'start', '0.name': 'start', '0.code': 'date-not-iso', '0.text': '"not a date"' },
        raw: 'b,not a date,x',
      },
    ])
  })

  describe('dates', () => {
    it('refuses a French date without a format, and says how to give one', async () => {
      const r = await readAll('id,start\na,02/03/2026 10:00\n')
      expect(r.incidents).toEqual([])
      expect(r.skipped).toHaveLength(1)
      expect(r.skipped[0]).toMatchObject({ line: 2, raw: 'a,02/03/2026 10:00' })
      expect(r.skipped[0]!.reason).toMatch(/dateFormat \(e\.g\. 'dd\/MM\/yyyy HH:mm'\) and timeZone/)
    })

    it('refuses an ISO date without offset unless a time zone is given', async () => {
      const r = await readAll('id,start\na,2026-03-02 10:00\n')
      expect(r.skipped[0]!.reason).toContain('has no UTC offset')
      const paris = await readAll('id,start\na,2026-03-02 10:00\n', { timeZone: 'Europe/Paris' })
      expect(paris.incidents).toEqual([{ id: 'a', start: '2026-03-02T09:00:00Z' }])
    })

    const french: CsvOptions = { dateFormat: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' }

    it('reads local dates in the given zone, exactly across the DST changes', async () => {
      const r = await readAll(
        [
          'id;start;end',
          'winter;02/03/2026 10:00;02/03/2026 12:30',
          'spring;29/03/2026 01:30;29/03/2026 03:30', // 1 h of clock time: the clocks jump from 02:00 to 03:00
          'summer;15/07/2026 10:00;',
          'autumn;25/10/2026 01:30;25/10/2026 03:30', // 3 h: 02:00 to 03:00 happens twice
          'iso;2026-03-02T10:00:00Z;2026-03-02T11:00:00+01:00',
        ].join('\n'),
        french,
      )
      expect(r.skipped).toEqual([])
      expect(r.incidents).toEqual([
        { id: 'winter', start: '2026-03-02T09:00:00Z', end: '2026-03-02T11:30:00Z' },
        { id: 'spring', start: '2026-03-29T00:30:00Z', end: '2026-03-29T01:30:00Z' },
        { id: 'summer', start: '2026-07-15T08:00:00Z' },
        { id: 'autumn', start: '2026-10-24T23:30:00Z', end: '2026-10-25T02:30:00Z' },
        { id: 'iso', start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00+01:00' },
      ])
    })

    it('refuses a local time the clocks skip, and one that happens twice unless told which', async () => {
      const text = 'id;start\ngap;29/03/2026 02:30\ntwice;25/10/2026 02:30\nbad;31/02/2026 10:00\n'
      const r = await readAll(text, french)
      expect(r.incidents).toEqual([])
      expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
        [2, 'start: "29/03/2026 02:30" does not exist in Europe/Paris (the clocks skip that time)'],
        [3, expect.stringContaining('"25/10/2026 02:30" happens twice in Europe/Paris')],
        [4, `start: "31/02/2026 10:00" is neither an ISO-8601 instant nor a date in the format 'dd/MM/yyyy HH:mm'`],
      ])
      const earlier = await readAll('id;start\ntwice;25/10/2026 02:30\n', { ...french, ambiguousTime: 'earlier' })
      expect(earlier.incidents).toEqual([{ id: 'twice', start: '2026-10-25T00:30:00Z' }])
      const later = await readAll('id;start\ntwice;25/10/2026 02:30\n', { ...french, ambiguousTime: 'later' })
      expect(later.incidents).toEqual([{ id: 'twice', start: '2026-10-25T01:30:00Z' }])
    })

    it('reads other formats and zones', async () => {
      const r = await readAll('id,start\na,"Mar 8, 2026 2:30 AM"\nb,"Mar 8, 2026 3:30 AM"\n', { dateFormat: 'MMM d, yyyy h:mm a', timeZone: 'America/New_York' })
      // 02:30 does not exist in New York on 8 March 2026.
      expect(r.skipped.map((s) => s.line)).toEqual([2])
      expect(r.incidents).toEqual([{ id: 'b', start: '2026-03-08T07:30:00Z' }])
    })

    it('rejects options that cannot work', () => {
      expect(inputError(() => parseCsvIncidents('start\n', { dateFormat: 'dd/MM/yyyy' })).issues).toEqual([
        { path: 'options.timeZone', message: expect.stringContaining('is required with dateFormat') },
      ])
      expect(inputError(() => parseCsvIncidents('start\n', { dateFormat: 'dd/MM/YYYY', timeZone: 'Europe/Paris' })).issues[0]!.path).toBe('options.dateFormat')
      expect(inputError(() => parseCsvIncidents('start\n', { timeZone: 'Europe/Pariss' })).issues[0]!.path).toBe('options.timeZone')
      expect(inputError(() => parseCsvIncidents('start\n', { ambiguousTime: 'first' as never })).issues[0]!.path).toBe('options.ambiguousTime')
      expect(inputError(() => parseCsvIncidents('start\n', { delimiter: '"' })).issues[0]!.path).toBe('options.delimiter')
    })
  })

  it('skips every row it cannot use, with its line and reason', async () => {
    const text = [
      'id,start,end,elements,impact,cause',
      'ok,2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,vps-1,outage,unplanned',
      'impact,2026-03-02T10:00:00Z,,,total,',
      'cause,2026-03-02T10:00:00Z,,,,planned',
      'order,2026-03-02T10:00:00Z,2026-03-02T09:00:00Z,,,',
      'nostart,,2026-03-02T09:00:00Z,,,',
      'fields,2026-03-02T10:00:00Z,,a,b,outage,extra',
      'short,2026-03-02T10:00:00Z',
      ',,,,,',
      'names,2026-03-02T10:00:00Z,,;|,,',
      'case,2026-03-02T12:00:00Z,,,Partial,Maintenance',
    ].join('\n')
    const r = await readAll(text)
    expect(r.incidents.map((i) => i.id)).toEqual(['ok', 'case'])
    expect(r.incidents[1]).toMatchObject({ impact: 'partial', cause: 'maintenance' })
    expect(r.lines).toEqual([2, 11])
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'impact: must be one of outage, partial, degraded, or a synonym such as "panne" (see IMPACT_WORDS) (got "total")'],
      [4, 'cause: must be one of unplanned, maintenance, customer, force-majeure, third-party, or a synonym such as "maintenance programmée" (see CAUSE_WORDS) (got "planned")'],
      [5, 'end: is before start (2026-03-02T10:00:00Z)'],
      [6, 'start: is empty'],
      [7, 'has 7 fields but the header has 6 (is there a "," inside an unquoted field? quote it)'],
      [8, 'has 2 fields but the header has 6'],
      [9, 'is empty'],
      [10, 'elements: ";|" names no element; leave the cell empty for every element'],
    ])
    expect(r.skipped[0]!.raw).toBe('impact,2026-03-02T10:00:00Z,,,total,')
  })

  it('reports a quote never closed at the line of its row, with the rows before it read', async () => {
    const r = await readAll('id,start,title\na,2026-03-02T10:00:00Z,x\nb,2026-03-02T11:00:00Z,"never closed\nc,2026-03-02T12:00:00Z,z\n')
    expect(r.incidents.map((i) => i.id)).toEqual(['a'])
    expect(r.skipped).toEqual([{ line: 3, reason: expect.stringContaining('never closed'), code: 'quote-not-closed', params: {} }])
  })

  it('keeps stray quotes inside unquoted fields as text', async () => {
    const r = await readAll('id,start,title\na,2026-03-02T10:00:00Z,the "big" one\n')
    expect(r.incidents).toEqual([{ id: 'a', start: '2026-03-02T10:00:00Z', title: 'the "big" one' }])
  })

  it('ignores unknown columns and says which; refuses near misses of known ones', async () => {
    const r = await readAll('id,start,notes,Detected_At\na,2026-03-02T10:00:00Z,call Bob,2026-03-02T10:05:00Z\n')
    expect(r.ignoredColumns).toEqual(['notes'])
    expect(r.incidents).toEqual([{ id: 'a', start: '2026-03-02T10:00:00Z', detectedAt: '2026-03-02T10:05:00Z' }])
    const typo = inputError(() => parseCsvIncidents('id,start,ennd\na,2026-03-02T10:00:00Z,\n'))
    expect(typo.issues).toEqual([{ path: 'header (line 1), column 3', message: expect.stringContaining('"ennd" is not a column; did you mean "end"?') }])
  })

  it('throws an InputError when the input is not an incident CSV at all', async () => {
    const cases = ['', '\n\n', 'hello world\nfoo bar\n', '\u0000\u0001\u00ff', '{"incidents": []}', 'id,start,start\n', '"id,start\n1,2\n']
    for (const text of cases) {
      const sync = inputError(() => parseCsvIncidents(text))
      const streamed = await rejectionOf(readCsvIncidents(text))
      expect(streamed.issues).toEqual(sync.issues)
    }
    expect(inputError(() => parseCsvIncidents('id,end\n')).issues[0]!.message).toContain('has no "start" column')
    expect(inputError(() => parseCsvIncidents('id,start,start\n')).issues[0]!.message).toContain('repeats column "start"')
    expect(inputError(() => parseCsvIncidents(42 as never)).issues[0]!.message).toContain('must be CSV text or bytes')
    await rejectionOf(readCsvIncidents([42] as never))
  })

  it('accepts bytes and chunked sources of text or bytes', async () => {
    const text = 'id,start\na,2026-03-02T10:00:00Z\n'
    const bytes = new TextEncoder().encode(text)
    expect(parseCsvIncidents(bytes).incidents).toEqual([{ id: 'a', start: '2026-03-02T10:00:00Z' }])
    expect((await readCsvIncidents(bytes)).incidents).toHaveLength(1)
    expect((await readCsvIncidents(['id,st', 'art\na,2026-03-02T', '10:00:00Z\n'])).incidents).toHaveLength(1)
  })

  it('yields rows one by one, and stops reading when the caller stops', async () => {
    const rows: string[] = []
    let pulled = 0
    async function* source() {
      yield 'id,start\n'
      for (let i = 0; i < 1_000_000; i++) {
        pulled++
        yield `${i},2026-03-02T10:00:00Z\n`
      }
    }
    for await (const row of csvIncidentRows(source())) {
      if (row.kind === 'incident') rows.push(String(row.incident.id))
      if (rows.length === 3) break
    }
    expect(rows).toEqual(['0', '1', '2'])
    expect(pulled).toBeLessThan(10_000)
  })
})
