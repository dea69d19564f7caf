/** `--fee` written as a client list's fee may be: `9,99 €`, `1 234,50 €`; its sign is its currency. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from './run.js'

const log = join(mkdtempSync(join(tmpdir(), 'matou-fee-')), 'log.csv')
// 4 h 30 min down in March 2026 (Paris, 743 h): 99.3943 %, in starter's band of 10 %.
writeFileSync(log, 'id,start,end,elements\na,2026-03-02T10:00:00Z,2026-03-02T14:30:00Z,vps-1\n')
const statement = (...flags: string[]) => run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', log, '--month', '2026-03', '--format', 'json', ...flags])

describe('--fee', () => {
  it('takes an amount with its currency’s sign, the thousands grouped by a space', async () => {
    const r = await statement('--fee', '1\u00a0234,50 £')
    expect(r.code).toBe(0)
    const [e] = JSON.parse(r.stdout).elements
    // 10 % of 1,234.50 GBP = 123.45 GBP.
    expect([e.fee, e.credit.amount, e.credit.currency]).toEqual([{ amount: '1234.50', currency: 'GBP' }, '123.45', 'GBP'])
  })

  it('refuses a sign that contradicts --currency, and a code that is none, as a command-line error', async () => {
    const fr = await statement('--fee', '9,99 €', '--currency', 'GBP', '--lang', 'fr')
    expect(fr.code).toBe(2)
    expect(fr.stderr).toContain('--fee « 9,99 € » est en EUR mais --currency vaut GBP')
    const en = await statement('--fee', '9,99 €', '--currency', 'GBP')
    expect(en.stderr).toContain('--fee "9,99 €" is in EUR but --currency is GBP')
    const code = await statement('--fee', '9,99 XYZ')
    expect(code.code).toBe(2)
    expect(code.stderr).toContain('--fee must be an ISO 4217 currency code such as EUR (got "XYZ")')
    expect((await statement('--fee', '1,234.50')).stderr).toContain('--fee must be an amount such as 9.99 or 9,99 (got "1,234.50")')
  })
})
