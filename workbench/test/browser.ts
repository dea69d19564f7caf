import AxeBuilder from '@axe-core/playwright'
import { existsSync, mkdirSync } from 'node:fs'
import { type Server } from 'node:http'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
// @ts-expect-error: a plain ES module without types
import { serveWorkbench } from '../serve.mjs'

// Debian's chromium, as the library's own browser test uses it.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const DIST = join(import.meta.dirname, '..', 'dist')
/** Screenshots of each flow, kept for people to look at. */
export const OUTPUT = join(import.meta.dirname, '..', 'test-output')

export interface Session {
  browser: Browser
  server: Server
  url: string
}

export async function startSession(): Promise<Session> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('workbench/dist is missing: run `npm run workbench` first')
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM_PATH)`)
  mkdirSync(OUTPUT, { recursive: true })
  const { server, url } = (await serveWorkbench({ root: DIST, port: 0 })) as { server: Server; url: string }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  return { browser, server, url }
}

export async function endSession(s: Session | undefined): Promise<void> {
  await s?.browser.close()
  await new Promise((done) => (s ? s.server.close(done) : done(undefined)))
}

/** A page of the workbench that records every console error and every request outside its own files. */
export interface WorkbenchPage {
  page: Page
  errors: string[]
  outside: string[]
}

export async function openWorkbench(s: Session, options: { hash?: string; width?: number; height?: number } = {}): Promise<WorkbenchPage> {
  const context = await s.browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, acceptDownloads: true })
  const page = await context.newPage()
  const errors: string[] = []
  const outside: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('request', (r) => {
    const u = r.url()
    if (!u.startsWith(s.url) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:srcdoc') outside.push(u)
  })
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && errors.push(m.text())))
  await page.goto(s.url + (options.hash ?? ''))
  await page.waitForSelector('body[data-ready="true"]')
  return { page, errors, outside }
}

/** Serious and critical accessibility violations found by axe-core, as `rule: target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`))
}

export async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUTPUT, `${name}-desktop.png`), fullPage: true })
  const size = page.viewportSize()
  await page.setViewportSize({ width: 375, height: 800 })
  await page.screenshot({ path: join(OUTPUT, `${name}-375.png`), fullPage: true })
  if (size) await page.setViewportSize(size)
}

/**
 * Drops a file on the incident view's drop zone as a person would: a drop event carrying it. Text goes as
 * its UTF-8 bytes, bytes as they are.
 */
export async function dropFile(page: Page, name: string, content: string | Uint8Array, type = ''): Promise<void> {
  const bytes = [...(typeof content === 'string' ? new TextEncoder().encode(content) : content)]
  const transfer = await page.evaluateHandle(
    ([b, n, t]) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(b as number[])], n as string, { type: t as string }))
      return dt
    },
    [bytes, name, type] as const,
  )
  await page.locator('#drop').dispatchEvent('drop', { dataTransfer: transfer })
}

export async function openTab(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('tab', { name }).click()
}

/** Starts the draft from a preset, as a person does in French, then opens a tab. */
export async function fromPreset(page: Page, preset: string, tab: string): Promise<void> {
  await page.locator('#preset').selectOption(preset)
  await page.getByRole('button', { name: 'Partir de ce préréglage' }).click()
  await openTab(page, tab)
}
