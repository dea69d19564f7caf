import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { monthlyStatement, monthPeriod, presets } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'

// Debian's chromium; .ci/run installs it when the machine does not have it.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

describe('the HTML statement in a real browser', () => {
  it('opens with no console error and no network request, and charts every counted incident', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM_PATH)`).toBe(true)
    const incidents = [
      { id: 'a', start: '2026-03-04T02:13:00+01:00', end: '2026-03-04T03:41:00+01:00', elements: ['vps-1', 'vps-2'] },
      { id: 'b', start: '2026-03-11T21:00:00+01:00', end: '2026-03-11T22:30:00+01:00', cause: 'maintenance' as const },
      { id: 'c', start: '2026-03-21T10:02:00+01:00', end: '2026-03-21T13:17:00+01:00', elements: ['vps-2'] },
      { id: 'd', start: '2026-03-25T08:00:00+01:00', end: '2026-03-25T12:00:00+01:00', elements: ['vps-1'], impact: 'degraded' as const },
    ]
    const statement = monthlyStatement({
      commitment: presets.ovhVps2016.value,
      period: monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }),
      incidents,
      elements: [
        { id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } },
        { id: 'vps-2', fee: { amount: '9.99', currency: 'EUR' } },
      ],
    })
    const counted = statement.elements.reduce((n, e) => n + e.availability.contributions.filter((c) => c.status === 'counted').length, 0)
    // vps-1: a (counted), b (maintenance counts under the OVH reading), d (degraded, not counted);
    // vps-2: a, b, c counted.
    expect(counted).toBe(5)
    const dir = mkdtempSync(join(tmpdir(), 'matou-html-'))
    const file = join(dir, 'statement.html')
    writeFileSync(file, renderStatement(statement, { format: 'html', lang: 'fr' }))
    const url = pathToFileURL(file).href

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    try {
      const page = await browser.newPage()
      const errors: string[] = []
      const requests: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      page.on('pageerror', (e) => errors.push(String(e)))
      page.on('request', (r) => {
        if (r.url() !== url) requests.push(r.url())
      })
      await page.goto(url, { waitUntil: 'load' })
      expect(errors).toEqual([])
      expect(requests).toEqual([])
      expect(await page.locator('svg rect.incident').count()).toBe(counted)
      expect(await page.locator('h1').first().textContent()).toBe('Relevé de disponibilité — mars 2026')
      await page.screenshot({ path: process.env.MATOU_SCREENSHOT ?? join(dir, 'statement.png'), fullPage: true })
      expect(existsSync(process.env.MATOU_SCREENSHOT ?? join(dir, 'statement.png'))).toBe(true)
    } finally {
      await browser.close()
    }
  }, 60_000)
})
