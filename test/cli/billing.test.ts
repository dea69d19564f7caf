import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type Io, main } from '../../src/cli/main.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

async function run(args: string[], now?: number) {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    cwd: root,
    env: { LANG: 'en_GB.UTF-8' },
    ...(now !== undefined && { now: () => now }),
  }
  const code = await main(args, io, '9.9.9')
  return { code, stdout, stderr }
}

function files(entries: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'matou-billing-'))
  const out: Record<string, string> = {}
  for (const [name, text] of Object.entries(entries)) writeFileSync((out[name] = join(dir, name)), text)
  return out
}

// March 2026 in Paris: 743 h. 4 h down: 99.4616 % → starter 10 %; 8 h: 98.9233 % → 50 %.
const LOG = 'id,start,end,elements\nfour,2026-03-10T10:00:00Z,2026-03-10T14:00:00Z,"vps-01, vps-02"\neight,2026-03-12T10:00:00Z,2026-03-12T18:00:00Z,vps-03\ntypo,2026-03-14T10:00:00Z,2026-03-14T11:00:00Z,vsp-01\n'

describe('matou statement --clients', () => {
  const f = files({
    'log.csv': LOG,
    'clients.csv': 'element;name;fee;currency\nvps-01;Alice;10,00;EUR\nvps-02;Bob;;\nvps-03;Carol;12,00;EUR\nvps-04;Dan;8,00;EUR\n;Nobody;1;EUR\n',
  })

  it('bills every listed client, warns of what it could not judge, and exits 0', async () => {
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', f['log.csv']!, '--clients', f['clients.csv']!, '--format', 'json'])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    // vps-04 has no incident and is billed all the same; "vps-01, vps-02" is two elements.
    expect(doc.elements.map((e: { element: string }) => e.element)).toEqual(['vps-01', 'vps-02', 'vps-03', 'vps-04'])
    expect(doc.elements.map((e: { credit: { amount: string | null } }) => e.credit.amount)).toEqual(['1.00', null, '6.00', '0.00'])
    expect(doc.elements[1].credit.percent).toBe('10')
    // 10.00 + 12.00 + 8.00 = 30.00 of fees; 1.00 + 6.00 = 7.00 of credits; Bob's amount is unknown.
    expect(doc.totals).toEqual([{ currency: 'EUR', elements: 3, fees: '30.00', credits: '7.00', credited: 2 }])
    expect(doc.unpriced).toEqual({ elements: 1, credited: 1 })
    expect(doc.warnings.map((w: { kind: string }) => w.kind)).toEqual(['skipped-row', 'unknown-element', 'unknown-fee'])
    expect(r.stderr).toContain(`warning: ${f['clients.csv']}:6: row skipped: element: is empty`)
    // The row of "typo" is line 4 of the log, as a spreadsheet numbers it.
    expect(r.stderr).toContain(`warning: Element “vsp-01” is named by typo but is not billed: nothing is credited for it (${f['log.csv']}:4 elements).`)
    expect(r.stderr).toContain('warning: One element has no known fee, so its credit amount is unknown: vps-02.')
  })

  it('fails on any warning with --strict, listing them, exit 1', async () => {
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', f['log.csv']!, '--clients', f['clients.csv']!, '--strict'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^matou statement: Cannot draw up the statement in strict mode\n/)
    expect(r.stderr).toContain(`  ${f['clients.csv']}:6: row skipped: element: is empty`)
  })

  it('writes credit notes for the invoicing tool, in French', async () => {
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', f['log.csv']!, '--clients', f['clients.csv']!, '--format', 'credit-notes-csv', '--lang', 'fr'])
    expect(r.code).toBe(0)
    // In French, a byte-order mark first, so that Excel reads the accents as UTF-8.
    expect(r.stdout.startsWith('\uFEFF')).toBe(true)
    const lines = r.stdout.slice(1).split('\r\n')
    expect(lines[0]).toMatch(/^client;element;service;periode;montant_mensuel;/)
    // Alice 10 % of 10,00; Bob 10 % of an unknown fee; Carol 50 % of 12,00; Dan no credit, no line.
    expect(lines.slice(1, -1).map((l) => l.split(';').slice(0, 10).filter((_, i) => i !== 6))).toEqual([
      ['Alice', 'vps-01', '', '2026-03', '10,00', '99,4616', '10', '1,00', 'EUR'],
      ['Bob', 'vps-02', '', '2026-03', '', '99,4616', '10', '', ''],
      ['Carol', 'vps-03', '', '2026-03', '12,00', '98,9232', '50', '6,00', 'EUR'],
    ])
  })

  it('reads the client list from YAML too, where a fee may be { amount, currency }', async () => {
    const y = files({ 'clients.yaml': 'clients:\n  - { element: vps-01, name: Alice, fee: { amount: "10.00", currency: EUR } }\n  - { element: vps-09, fee: 5, currency: EUR }\n' })
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', f['log.csv']!, '--clients', y['clients.yaml']!, '--format', 'json'])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    // vps-01: 10 % of 10.00 = 1.00; vps-09: no incident, 0.00 of 5.00.
    expect(doc.elements.map((e: { element: string; credit: { amount: string } }) => [e.element, e.credit.amount])).toEqual([
      ['vps-01', '1.00'],
      ['vps-09', '0.00'],
    ])
    expect(doc.elements[0].name).toBe('Alice')
    expect(doc.elements[0].feeSource).toBe('client-list')
  })

  it('keeps credit-notes-csv to the statement', async () => {
    const r = await run(['budget', '--offer', 'ovh-vps-2016-starter', '--format', 'credit-notes-csv'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--format credit-notes-csv is for matou statement only')
  })
})

describe('no invented money', () => {
  const f = files({ 'log.csv': LOG })

  it('leaves the amounts of a preset unknown without --fee, and says so', async () => {
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', f['log.csv']!, '-e', 'vps-01,vps-03'])
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('€')
    expect(r.stdout).toMatch(/vps-01 .* unknown +10% +unknown\n/)
    expect(r.stdout).toContain('2 elements without a known fee, 2 of them owed a credit of unknown amount.')
    expect(r.stderr).toContain('2 elements have no known fee, so their credit amount is unknown: vps-01 and vps-03.')
  })

  it('says where the fee came from: --fee, or the offer file', async () => {
    const withFee = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', f['log.csv']!, '-e', 'vps-01', '--fee', '9.99'])
    expect(withFee.stdout).toContain('Fees from: the command line (--fee) (1)')
    expect(withFee.stderr).not.toContain('fee')
    const fromOffer = await run(['statement', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', f['log.csv']!, '-e', 'vps-01'])
    expect(fromOffer.stdout).toContain('Fees from: the offer’s price (1)')
    expect(fromOffer.stderr).toContain('warning: One element has no fee of its own and is billed at the offer’s price: vps-01.')
  })

  it('refuses to price a preset at a fee nobody gave, in compare and catalogue', async () => {
    const r = await run(['compare', '--offer', 'ovh-vps-2016-value', '--with', 'ovh-vps-2016-starter'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('the preset "ovh-vps-2016-value" carries terms, not a price')
    expect((await run(['catalogue', 'ovh-vps-2016-value'])).code).toBe(2)
    // A budget is downtime, not money: a preset is enough.
    expect((await run(['budget', '--offer', 'ovh-vps-2016-value', '--month', '2026-03'])).code).toBe(0)
  })

  it('refuses to simulate a preset without a price, exit 2', async () => {
    const r = await run(['simulate', '--offer', 'ovh-vps-2016-value', '--clients', '10', '--trials', '10'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('the preset "ovh-vps-2016-value" carries terms, not a price: give the monthly fee each client pays with --fee')
    expect((await run(['simulate', '--offer', 'ovh-vps-2016-value', '--fee', '10', '--clients', '10', '--trials', '10'])).code).toBe(0)
  })
})

describe("the offer's clock", () => {
  it('takes the default month in the offer zone: 01:30 on 1 April in Paris is April', async () => {
    const f = files({ 'log.csv': 'start,end\n2026-04-01T01:30:00+02:00,2026-04-01T02:30:00+02:00\n' })
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', f['log.csv']!, '--fee', '10', '--format', 'json'])
    expect(JSON.parse(r.stdout).period.label).toBe('2026-04')
  })

  it('measures an open incident up to now, or to the end of the month if that came first', async () => {
    const f = files({ 'log.csv': 'id,start,end\nopen,2026-03-31T20:00:00+02:00,\n' })
    const args = ['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', f['log.csv']!, '--fee', '10', '--month', '2026-03', '--format', 'json']
    // Now is 22:00 on 31 March: 2 h open so far, 741/743 = 99.7308 % → no credit.
    const during = JSON.parse((await run(args, Date.parse('2026-03-31T22:00:00+02:00'))).stdout)
    expect(during.asOf).toBe('2026-03-31T20:00:00.000Z')
    expect(during.elements[0].availability.downtimeMs).toBe('7200000')
    // Now is in May: the month ended at midnight, 4 h after the start → 99.4616 % → 10 %.
    const after = JSON.parse((await run(args, Date.parse('2026-05-02T10:00:00Z'))).stdout)
    expect(after.asOf).toBe('2026-03-31T22:00:00.000Z')
    expect(after.elements[0].credit.amount).toBe('1.00')
  })
})

describe('a client in service for part of the month, from the client list', () => {
  const f = files({
    'offer.yaml': 'id: part\nprovider: P\nname: VPS\nservices: [{ id: vps, fee: { amount: "10.00", currency: EUR } }]\npartMonth: pro-rata\ncommitment:\n  timeZone: Europe/Paris\n  credit: { type: tiers, tiers: [{ below: "99.5", credit: "10" }, { atLeast: "99.5", credit: "0" }] }\n',
    'log.csv': 'id,start,end,elements\nlate,2026-03-20T10:00:00Z,2026-03-20T11:00:00Z,"vps-01, vps-02"\n',
    'clients.csv': 'element;montant;devise;début;fin\nvps-01;10,00;EUR;2026-03-16;\nvps-02;;;;2026-03-11\n',
  })
  const args = ['statement', '--offer', f['offer.yaml']!, '--incidents', f['log.csv']!, '--clients', f['clients.csv']!]

  it('measures each over its time in service and bills it pro rata, as the offer says', async () => {
    const r = await run([...args, '--format', 'json'])
    expect(r.code).toBe(0)
    const [one, two] = JSON.parse(r.stdout).elements
    // vps-01 from 16 March 00:00 Paris: 383 h, 1 h down → 99.7389 %, no credit; 10.00 × 383 / 743 = 5.1547… → 5.15.
    expect(one.inService).toEqual({ start: '2026-03-15T23:00:00.000Z', end: '2026-03-31T22:00:00.000Z', durationMs: 383 * 3_600_000, monthlyFee: { amount: '10.00', currency: 'EUR' } })
    expect(one.fee).toEqual({ amount: '5.15', currency: 'EUR' })
    expect(one.availability.downtimeMs).toBe('3600000')
    // vps-02 until 11 March, at the offer's price: 240 h, the incident of the 20th is not its own; 10.00 × 240 / 743 = 3.2301… → 3.23.
    expect(two.inService.durationMs).toBe(240 * 3_600_000)
    expect(two.fee).toEqual({ amount: '3.23', currency: 'EUR' })
    expect(two.availability.downtimeMs).toBe('0')
    expect(JSON.parse(r.stdout).totals[0].fees).toBe('8.38')
  })

  it('shows the time measured in the report, in both languages', async () => {
    const en = await run(args)
    expect(en.stdout).toContain('In service for part of the period')
    // 16 March 00:00 to 1 April 00:00 in Paris, less the hour lost on the 29th: 15 d 23 h.
    expect(en.stdout).toMatch(/vps-01 +16\/03\/2026, 00:00 +01\/04\/2026, 00:00 +15\u00a0d 23\u00a0h +€10\.00 +€5\.15/)
    const fr = await run([...args, '--lang', 'fr'])
    expect(fr.stdout).toContain('En service une partie de la période')
    expect(fr.stdout).toMatch(/vps-02 +01\/03\/2026 00:00 +11\/03\/2026 00:00 +10\u00a0j +10,00\s€ +3,23\s€/)
  })
})
