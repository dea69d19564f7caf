import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { presets } from '../../src/offers/presets/index.js'
import { run } from './run.js'

const OFFER = 'examples/offers/chatons-coop.yaml'
const LOG = 'examples/data/incidents-2026-03.json'

function folder(entries: Record<string, string> = {}): Record<string, string> & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'matou-cl-'))
  const out: Record<string, string> & { dir: string } = { dir }
  for (const [name, text] of Object.entries(entries)) writeFileSync((out[name] = join(dir, name)), text)
  return out
}

describe('exit 2 for every bad command-line value, as the help says', () => {
  it.each([
    [['budget', '--offer', 'ovh-vps-2016-value', '--month', '2026-13'], '--month must be a month (2026-03), a quarter (2026-Q1) or a year (2026) (got "2026-13")'],
    [['budget', '--offer', 'ovh-vps-2016-value', '--month', '03/2026'], '--month must be a month (2026-03), a quarter (2026-Q1) or a year (2026) (got "03/2026"); write 2026-03'],
    [['statement', '--offer', 'ovh-vps-2016-value', '--incidents', LOG, '--month', '2026-13'], '--month must be a month written YYYY-MM, e.g. 2026-03 (got "2026-13")'],
    [['statement', '--offer', 'ovh-vps-2016-value', '--incidents', LOG, '--month', '3/2026'], '--month must be a month written YYYY-MM, e.g. 2026-03 (got "3/2026"); write 2026-03'],
    [['simulate', '--offer', OFFER, '--clients', '0'], '--clients must be a whole number of at least 1 (got "0")'],
    [['simulate', '--offer', OFFER, '--clients', '10', '--trials', 'abc'], '--trials must be a whole number of at least 1 (got "abc")'],
    [['simulate', '--offer', OFFER, '--clients', '10', '--rate', '-1'], '--rate must be a number of at least 0, e.g. 0.1 (got "-1")'],
    [['simulate', '--offer', OFFER, '--clients', '10', '--outside-business-hours', '2'], '--outside-business-hours must be a share between 0 and 1, e.g. 0.3 (got "2")'],
    // A limit only the simulation knows is still the command line's fault.
    [['simulate', '--offer', OFFER, '--clients', '10', '--months', '5000'], '--months: must be a whole number from 1 to 1,200 (got 5000)'],
    [['statement', '--offer', 'ovh-vps-2016-value', '--incidents', LOG, '--fee', '9.9.9'], '--fee must be an amount such as 9.99 or 9,99 (got "9.9.9")'],
    [['statement', '--offer', 'ovh-vps-2016-value', '--incidents', LOG, '--fee', '9', '--currency', 'EURO'], '--currency must be an ISO 4217 currency code such as EUR (got "EURO")'],
    [['statement', '--offer', 'ovh-vps-2016-value', '--incidents', LOG, '--as-of', 'hier'], '--as-of must be an instant such as 2026-03-31T23:59:00+02:00 (or give --date-format, e.g. "dd/MM/yyyy HH:mm") (got "hier")'],
    [['budget', '--offer', 'ovh-vps-2016-value', '--time-zone', 'Paris'], '--time-zone must be an IANA time zone such as Europe/Paris (got "Paris")'],
    [['compare', '--offer', OFFER, '--loss-per-hour', 'beaucoup'], '--loss-per-hour must be an amount such as 9.99 or 9,99 (got "beaucoup")'],
  ])('%j', async (args, message) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`matou ${args[0]}: ${message}\nSee: matou ${args[0]} --help\n`)
  })

  it('exit 1 for a bad input file, 0 otherwise', async () => {
    const f = folder({ 'offer.yaml': 'id: x\n' })
    expect((await run(['budget', '--offer', f['offer.yaml']!, '--month', '2026-03'])).code).toBe(1)
    expect((await run(['budget', '--offer', 'ovh-vps-2016-value', '--month', '2026-03'])).code).toBe(0)
  })
})

describe('did you mean', () => {
  it('names the nearest command', async () => {
    const r = await run(['statment'])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe('matou: unknown command "statment"; did you mean `statement`?')
  })

  it('names the nearest option, and refuses a value taken for a forgotten one', async () => {
    expect((await run(['statement', '--offre', OFFER])).stderr).toBe('matou statement: unknown option --offre; did you mean `--offer`?\nSee: matou statement --help\n')
    expect((await run(['statement', '--offer', '--incidents', LOG])).stderr.split('\n')[0]).toBe('matou statement: --offer needs a value, and got the option --incidents')
    expect((await run(['budget', '--offer'])).stderr.split('\n')[0]).toBe('matou budget: --offer needs a value')
    expect((await run(['budget', '--offer', 'ovh-vps-2016-value', '--help=yes'])).stderr.split('\n')[0]).toBe('matou budget: --help takes no value')
  })

  it('names the nearest preset ids, and only the nearest', async () => {
    const r = await run(['compare', '--offer', OFFER, '--with', 'ovh-vps-2016-startr'])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe('matou compare: "ovh-vps-2016-startr" is neither a preset id (see: matou presets) nor a file; did you mean `ovh-vps-2016-starter`?')
    expect((await run(['presets', 'show', 'ovh-vps-2016-valeu'])).stderr.split('\n')[0]).toBe('matou presets: no preset has the id "ovh-vps-2016-valeu" (see: matou presets); did you mean `ovh-vps-2016-value`?')
  })

  it('says what the offers write when a criterion value matches none of them', async () => {
    const r = await run(['catalogue', OFFER, 'examples/offers/asso-benevole.yaml', '--where', 'dataLocation=France', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('warning: --where "dataLocation=France": no offer says "France"; did you mean `FR`?\n')
    const unknown = await run(['catalogue', OFFER, '--where', 'datalocation=FR'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr.split('\n')[0]).toBe(
      'matou catalogue: --where "datalocation=FR": "datalocation" is not a criterion: use structure, salariedStaff, staff, onCall, chatons, dataLocation, gti, gtr, credit, target or fee; did you mean `dataLocation`?',
    )
  })

  it('names the services of the offer for a client row naming another, at its CSV line', async () => {
    const f = folder({ 'clients.csv': 'element;fee;currency;service\nvps-1;6;EUR;vps-s\nvps-2;6;EUR;vps-mensuel\n' })
    const r = await run(['statement', '--offer', OFFER, '--incidents', LOG, '--clients', f['clients.csv']!])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`matou statement: Cannot bill the clients of ${f['clients.csv']}\n  ${f['clients.csv']}:3 service: the offer has no service "vps-mensuel" (services: vps-s)\n`)
  })
})

describe('one value per single-value option, and no options that contradict each other', () => {
  it.each([
    [['statement', '--offer', 'a.yaml', '--offer', 'b.yaml', '--incidents', LOG], '--offer is given 2 times ("a.yaml", "b.yaml"): give it once'],
    [['statement', '--offer', OFFER, '--commitment', 'c.yaml', '--incidents', LOG], 'give --offer or --commitment, not both'],
    [['statement', '--offer', OFFER, '--incidents', LOG, '--clients', 'c.csv', '-e', 'vps-1'], 'give --clients or --element, not both'],
    [['budget', '--offer', 'ovh-vps-2016-value', '--with', 'ovh-vps-2016-starter'], 'give --offer or --with, not both'],
    [['simulate', '--offer', OFFER, '--clients', '4', '--duration', '2h', '--median', '1h'], 'give --duration or --median, not both'],
    [['simulate', '--offer', OFFER, '--clients', '4', '--sigma', '1'], '--sigma goes with --median'],
    [['budget', '--offer', 'ovh-vps-2016-value', '-f', 'json', '--format', 'html'], '--format is given 2 times ("json", "html"): give it once'],
    [['budget', '--offer', 'ovh-vps-2016-value', 'extra'], 'unexpected argument "extra" (options start with --)'],
  ])('%j', async (args, message) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe(`matou ${args[0]}: ${message}`)
  })

  it('still takes a repeatable option many times', async () => {
    const r = await run(['compare', '--offer', OFFER, '--with', 'ovh-vps-2016-starter', '--with', 'ovh-vps-2016-value', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).offers).toHaveLength(3)
  })
})

describe('durations and dates as people write them', () => {
  it('reads gti<=4h as gti<=PT4H', async () => {
    const args = ['catalogue', OFFER, 'examples/offers/asso-benevole.yaml', '--format', 'json', '--where']
    const human = await run([...args, 'gti<=4h'])
    expect(human.code).toBe(0)
    expect(human.stdout).toBe((await run([...args, 'gti<=PT4H'])).stdout)
    expect(JSON.parse(human.stdout).offers.filter((o: { passed: boolean }) => o.passed)).toHaveLength(1)
  })

  it('reads --duration "1 h 30" as PT1H30M and --response "30 min" as PT30M', async () => {
    const args = ['simulate', '--offer', OFFER, '--clients', '5', '--trials', '50', '--format', 'json']
    const human = await run([...args, '--duration', '1 h 30', '--response', '30 min'])
    expect(human.code).toBe(0)
    expect(human.stdout).toBe((await run([...args, '--duration', 'PT1H30M', '--response', 'PT30M'])).stdout)
    // Another mean gives other figures: the duration was read, not ignored.
    expect(human.stdout).not.toBe((await run([...args, '--duration', '2j', '--response', 'PT30M'])).stdout)
  })

  it('reads --as-of with --date-format, in the offer zone unless --dates-time-zone says otherwise', async () => {
    const f = folder({ 'log.csv': 'id;start;end;elements\nA;10/03/2026 09:00;;vps-1\n' })
    const base = ['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', f['log.csv']!, '--fee', '10', '--format', 'json']
    const local = await run([...base, '--date-format', 'dd/MM/yyyy HH:mm', '--as-of', '10/03/2026 13:00'])
    expect(local.code).toBe(0)
    // 09:00 to 13:00 in Paris (UTC+1 in March): 08:00Z to 12:00Z, 4 h open.
    const doc = JSON.parse(local.stdout)
    expect(doc.asOf).toBe('2026-03-10T12:00:00.000Z')
    expect(doc.elements[0].availability.downtimeMs).toBe('14400000')
    const utc = JSON.parse((await run([...base, '--date-format', 'dd/MM/yyyy HH:mm', '--dates-time-zone', 'UTC', '--as-of', '10/03/2026 13:00'])).stdout)
    expect(utc.asOf).toBe('2026-03-10T13:00:00.000Z')
  })
})

describe('files', () => {
  it('reads the incident log from standard input with -', async () => {
    const text = readFileSync(LOG, 'utf8')
    const args = (file: string) => ['statement', '--offer', OFFER, '--incidents', file, '--fee', '12', '--format', 'json']
    const piped = await run(args('-'), { stdin: text })
    expect(piped.code).toBe(0)
    expect(JSON.parse(piped.stdout).elements).toEqual(JSON.parse((await run(args(LOG))).stdout).elements)
    // A CSV on standard input is recognised by its first line.
    const csv = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', '-', '--fee', '10', '--format', 'json'], { stdin: 'start;end;elements\n2026-03-10T09:00:00+01:00;2026-03-10T13:00:00+01:00;vps-1\n' })
    expect(JSON.parse(csv.stdout).elements[0].credit.amount).toBe('1.00')
  })

  it('takes the format from the name given to --out', async () => {
    const f = folder()
    const at = (name: string) => join(f.dir, name)
    const statement = ['statement', '--offer', OFFER, '--incidents', LOG, '--fee', '12']
    for (const [name, check] of [
      ['r.html', (t: string) => expect(t).toMatch(/^<!DOCTYPE html>/i)],
      ['r.md', (t: string) => expect(t).toMatch(/^# Availability statement/)],
      ['r.json', (t: string) => expect(JSON.parse(t).format).toMatch(/^matou\.statement/)],
      ['r.txt', (t: string) => expect(t).toMatch(/^Availability statement — March 2026\n====/)],
      ['r.csv', (t: string) => expect(t).toMatch(/^client,element,service,period,/)],
    ] as const) {
      const r = await run([...statement, '--out', at(name)])
      expect(r.code, r.stderr).toBe(0)
      expect(r.stderr).toBe(`wrote ${at(name)}\n`)
      check(readFileSync(at(name), 'utf8'))
    }
    // --format says otherwise: it wins.
    expect((await run([...statement, '--format', 'text', '--out', at('plain.html')])).code).toBe(0)
    expect(readFileSync(at('plain.html'), 'utf8')).toMatch(/^Availability statement/)
    // A name that says a format the command cannot write, or none known.
    expect((await run(['budget', '--offer', 'ovh-vps-2016-value', '--out', at('b.csv')])).stderr.split('\n')[0]).toBe(`matou budget: the name ${at('b.csv')} does not say which format to write: give --format`)
    expect((await run(['budget', '--offer', 'ovh-vps-2016-value', '--out', at('b.pdf')])).code).toBe(2)
  })

  it('starts French credit notes with a byte-order mark, for Excel, and English ones without', async () => {
    const args = ['statement', '--offer', 'ovh-vps-2016-value', '--incidents', LOG, '--clients', 'examples/data/clients-2026-03.csv', '--format', 'credit-notes-csv']
    const fr = await run([...args, '--lang', 'fr'])
    expect(fr.stdout.slice(0, 8)).toBe('\uFEFFclient;')
    const en = await run(args)
    expect(en.stdout.slice(0, 7)).toBe('client,')
  })
})

describe('fits the terminal', () => {
  it('lists the presets one line each, an id first, within 100 columns', async () => {
    const r = await run(['presets'])
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    const ids = presets.ids()
    // A header, its rule, one line per preset, a blank line and the footer.
    expect(lines).toHaveLength(ids.length + 4)
    expect(lines.slice(2, -2).map((l) => l.split(/\s+/)[0])).toEqual([...ids])
    expect(lines.at(-1)).toBe(`${ids.length} presets. Details: matou presets show ID`)
    for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(100)
    // How sure each preset is, second: the 2016 OVH VPS figures come from a forum copy, Azure's set bands
    // were read on Microsoft's own text.
    expect(lines[0]!.split(/\s{2,}/).slice(0, 2)).toEqual(['Id', 'Checked'])
    const row = (id: string) => lines.find((l) => l.startsWith(`${id} `))!.split(/\s{2,}/)[1]
    expect(row('ovh-vps-2016-starter')).toBe('assumed')
    expect(row('azure-vm-availability-set')).toBe('verified')
    const fr = (await run(['presets', '--lang', 'fr'])).stdout.split('\n')
    expect(fr[0]!.split(/\s{2,}/).slice(0, 2)).toEqual(['Identifiant', 'Vérifié'])
    expect(fr.find((l) => l.startsWith('ovh-vps-2016-starter '))!.split(/\s{2,}/)[1]).toBe('supposé')
  })

  it('cuts a wide table into tables of the columns that fit, each row whole and led by its name', async () => {
    const r = await run(['statement', '--offer', OFFER, '--incidents', LOG, '--fee', '12'], { tty: true, columns: 80, env: { LANG: 'en_GB.UTF-8', NO_COLOR: '1' } })
    expect(r.code).toBe(0)
    const tables = r.stdout.split('\n\n').filter((block) => /^Element {2}/.test(block))
    expect(tables.length).toBeGreaterThan(1)
    for (const table of tables) {
      const rows = table.split('\n')
      for (const row of rows) expect([...row].length, row).toBeLessThanOrEqual(80)
      // Every part lists the same elements in the same order.
      expect(rows.slice(2).map((row) => row.split(' ')[0])).toEqual(tables[0]!.split('\n').slice(2).map((row) => row.split(' ')[0]))
    }
    // Without a terminal, 100 columns; with COLUMNS set, that width.
    const piped = await run(['statement', '--offer', OFFER, '--incidents', LOG, '--fee', '12'])
    for (const table of piped.stdout.split('\n\n').filter((block) => /^Element {2}/.test(block))) for (const row of table.split('\n')) expect([...row].length).toBeLessThanOrEqual(100)
  })
})

describe('simulate --durations-from', () => {
  it('reads the log with the date options, and shows the rows it skipped', async () => {
    const f = folder({ 'log.csv': 'start;end\n10/03/2026 09:00;10/03/2026 13:00\n11/03/2026 09:00;11/03/2026 10:00\n12/03/2026 10:00;12/03/2026 09:00\n' })
    const r = await run(['simulate', '--offer', OFFER, '--clients', '5', '--trials', '20', '--durations-from', f['log.csv']!, '--date-format', 'dd/MM/yyyy HH:mm', '--format', 'json'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(new RegExp(`^warning: ${f['log.csv']}:4: row skipped: `))
    expect(r.stderr.split('\n')).toHaveLength(2)
  })
})

describe('the language first', () => {
  it('takes --lang before the command', async () => {
    const r = await run(['--lang', 'fr', 'budget', '--offer', 'ovh-vps-2016-value', '--month', '2026-04'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe((await run(['budget', '--offer', 'ovh-vps-2016-value', '--month', '2026-04', '--lang', 'fr'])).stdout)
    expect(r.stdout.split('\n')[0]).toBe('Budget d’indisponibilité — avril 2026')
  })
})
