import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { run } from '../cli/run.js'

// Debian's chromium; .ci/run installs it when the machine does not have it.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// Screenshots and the PDF land here (ignored by git), for a person to look at.
const OUTPUT = process.env.MATOU_TEST_OUTPUT ?? fileURLToPath(new URL('../../test-output/', import.meta.url))

// A treasurer's month, as the association keeps it: a spreadsheet exported with semicolons, its own
// French column names, French dates, and the impacts and causes in its own words.
const INCIDENTS = `Identifiant;Début;Fin;Éléments;Signalé le;Impact;Cause
p-01;03/03/2026 09:10;03/03/2026 13:40;vps-anna;03/03/2026 09:15;Panne;Imprévu
p-02;12/03/2026 22:00;13/03/2026 06:30;vps-david;13/03/2026 08:05;panne;imprévue
p-03;19/03/2026 14:00;19/03/2026 14:25;vps-david;19/03/2026 14:02;Coupure;non planifié
p-04;27/03/2026 10:00;27/03/2026 11:00;vps-gaby;27/03/2026 10:01;Dégradé;Imprévu
p-05;24/03/2026 22:00;25/03/2026 04:00;vps-bruno;24/03/2026 21:00;Panne;Maintenance programmée
`

// Every member billed, with or without an incident, amounts written the French way.
const CLIENTS = `élément;montant;devise;nom
vps-anna;24,00;EUR;Anna
vps-bruno;24,00;EUR;Bruno
vps-david;24,00;EUR;David
vps-gaby;24,00;EUR;Gaby
`

const OFFER = `id: coop-vps
provider: Coopérative Exemple
name: VPS coopératif
services:
  - id: vps-s
    fee: { amount: "24.00", currency: EUR }
commitment:
  timeZone: Europe/Paris
  measurement:
    excludedCauses: [maintenance]
  credit:
    type: tiers
    tiers:
      - { atLeast: "99.0", below: "99.5", credit: "10" }
      - { atLeast: "95.0", below: "99.0", credit: "25" }
      - { below: "95.0", credit: "50" }
  gti:
    within: PT4H
    clockStartsAt: reported
    calendar:
      timeZone: Europe/Paris
      hours: { mon: "09:00-18:00", tue: "09:00-18:00", wed: "09:00-18:00", thu: "09:00-18:00", fri: "09:00-18:00" }
      holidays: FR
`

describe('the French statement, from a spreadsheet to paper', () => {
  it('keeps the credit amount on the printed A4 page', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM_PATH)`).toBe(true)
    mkdirSync(OUTPUT, { recursive: true })
    const files = { offer: join(OUTPUT, 'coop-vps.yaml'), incidents: join(OUTPUT, 'incidents-mars.csv'), clients: join(OUTPUT, 'clients-mars.csv') }
    writeFileSync(files.offer, OFFER)
    writeFileSync(files.incidents, INCIDENTS)
    writeFileSync(files.clients, CLIENTS)
    const file = join(OUTPUT, 'statement-fr.html')
    // What the member types: the dates' format is the only thing said about the spreadsheet.
    const r = await run(
      ['statement', '--offer', files.offer, '--incidents', files.incidents, '--clients', files.clients, '--month', '2026-03', '--date-format', 'dd/MM/yyyy HH:mm', '--out', file, '--lang', 'fr'],
      { env: { LANG: 'fr_FR.UTF-8' } },
    )
    // No warning: every row read, every word understood; the one line left says, in French, what was written.
    expect(r.stderr).toBe(`fichier écrit\u00a0: ${file}\n`)
    expect(r.code).toBe(0)
    // Every printed page is headed with the period and the offer (the offer file's provider and name).
    expect(readFileSync(file, 'utf8')).toContain('@page{@top-left{content:"Relevé de disponibilité — mars 2026 · Coopérative Exemple, VPS coopératif"')
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
    try {
      // A4 portrait less the page's 12 mm side margins: 186 mm, 703 CSS pixels at 96 per inch.
      const printable = Math.floor((186 / 25.4) * 96)
      const page = await browser.newPage({ viewport: { width: printable, height: 1100 } })
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
      await page.screenshot({ path: join(OUTPUT, 'statement-fr-screen.png'), fullPage: true })

      await page.emulateMedia({ media: 'print' })
      const headers = page.locator('table.elements th')
      expect(await headers.allTextContents()).toEqual([
        'Élément',
        'Taux de disponibilité',
        'Indisponibilité',
        'Temps exclu',
        'Palier',
        'Montant mensuel',
        'Crédit',
        'Montant du crédit',
        'GTI',
      ])
      for (const name of ['Montant du crédit', 'GTI']) {
        const box = await headers.filter({ hasText: new RegExp(`^${name}$`) }).boundingBox()
        expect(box, name).not.toBeNull()
        expect(box!.x + box!.width, `${name} ends within the printed width`).toBeLessThanOrEqual(printable)
      }
      // The spreadsheet's words, read as a person means them, each seen in its row.
      const row = async (id: string) => (await page.locator('table.elements tr', { hasText: id }).locator('td').allTextContents()).map((t) => t.replace(/\s/g, ' '))
      // vps-anna, « Panne ; Imprévu »: 4 h 30 of 743 h → 99.3943 %, band [99, 99.5) → 10 % of 24,00 € = 2,40 €.
      expect(await row('vps-anna')).toEqual(expect.arrayContaining(['99,3943 %', '4 h 30 min', '10 %', '2,40 €']))
      // vps-bruno, « Maintenance programmée », a cause the offer excludes: 6 h excluded, none counted, no credit.
      expect((await row('vps-bruno')).slice(1, 4)).toEqual(['100,0000 %', '0 s', '6 h'])
      // vps-gaby, « Dégradé »: degraded performance counts for nothing in this offer, so 1 h of it is 0 s.
      expect((await row('vps-gaby')).slice(1, 3)).toEqual(['100,0000 %', '0 s'])
      // The amount owed to vps-david, in its row, on the page: p-02 and p-03, an outage and a cut in the
      // spreadsheet's words, 8 h 30 + 25 min = 8 h 55 of 743 h → 98.7998 %, band [95, 99) → 25 % of 24,00 € = 6,00 €.
      const amount = page.locator('table.elements tr', { hasText: 'vps-david' }).locator('td').nth(7)
      expect((await amount.textContent())?.replace(/\s/g, ' ')).toBe('6,00 €')
      const box = (await amount.boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(printable)
      // Every band of the offer drawn, with its target, on each element's chart (the compliance chart comes before them).
      expect(await page.locator('section.element figure').first().locator('rect.band').count()).toBe(3)
      expect(await page.locator('section.element figure').first().locator('text.target-label').textContent()).toBe('objectif 99,5\u00a0%')
      // On paper, each element's explanation starts a page of its own.
      const breaks = await page.locator('section.element').evaluateAll((all) => all.map((e) => `${e.querySelector('h3')?.id} ${getComputedStyle(e).breakBefore}`))
      expect(breaks).toEqual(['vps-anna page', 'vps-bruno page', 'vps-david page', 'vps-gaby page'])
      await page.screenshot({ path: join(OUTPUT, 'statement-fr-print.png'), fullPage: true })

      const pdf = join(OUTPUT, 'statement-fr.pdf')
      // The page size is the stylesheet's own (`@page{size:A4 portrait}`), not one the test imposes.
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
      const bytes = readFileSync(pdf, 'latin1')
      expect(bytes.startsWith('%PDF-')).toBe(true)
      // A4 portrait: 210 × 297 mm = 595.3 × 841.9 pt (Chromium rounds to whole CSS pixels: 794 × 1123 px).
      const boxes = (bytes.match(/\/MediaBox\s*\[[^\]]*\]/g) ?? []).map((b) => b.replace(/[^\d. ]/g, ' ').trim().split(/\s+/).map(Number))
      expect(boxes.length).toBeGreaterThan(0)
      for (const [, , width, height] of boxes) {
        expect(Math.abs(width! - 595.3)).toBeLessThan(1)
        expect(Math.abs(height! - 841.9)).toBeLessThan(1)
      }
      // A page for the table, then one per element explained (vps-anna, vps-bruno, vps-david, vps-gaby): at least 5.
      expect(bytes.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(5)
    } finally {
      await browser.close()
    }
  }, 90_000)
})
