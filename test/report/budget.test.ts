import { describe, expect, it } from 'vitest'
import { downtimeBudget, monthPeriod, presets } from '../../src/index.js'
import { type BudgetJson, renderBudget } from '../../src/report/index.js'
import { GROUP, OUTSIDE_REFERENCES, PCT } from './fixtures.js'

const NBSP = '\u00a0'
// April 2026 (30 days = 2,592,000,000 ms) under OVH VPS VALUE: 0.1 % of it is 43 min 12 s, 0.5 % is 3 h 36 min.
const budget = downtimeBudget({ commitment: presets.ovhVps2016.value, period: monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' }) })

describe('renderBudget', () => {
  it('writes each band as an exact range of downtime, in French', () => {
    const text = renderBudget(budget, { format: 'text', lang: 'fr' })
    expect(text).toContain('Budget d’indisponibilité — avril 2026')
    const rows = text.split('\n')
    expect(rows.find((l) => l.startsWith('pas de crédit'))).toContain(`jusqu’à 43${NBSP}min 12${NBSP}s`)
    const ten = rows.find((l) => l.startsWith(`≥${NBSP}99,5${PCT}% et <${NBSP}99,9${PCT}%`))!
    expect(ten).toContain(`10${PCT}%`)
    expect(ten).toContain(`de 43${NBSP}min 12${NBSP}s 1${NBSP}ms à 3${NBSP}h 36${NBSP}min`)
    expect(ten).toContain(`2${GROUP}592${GROUP}001`)
    expect(ten).toContain(`12${GROUP}960${GROUP}000`)
    expect(rows.find((l) => l.startsWith(`<${NBSP}99,5${PCT}%`))).toContain(`au-delà de 3${NBSP}h 36${NBSP}min`)
    expect(text).toContain(`Indisponibilité maximale sans crédit${NBSP}: 43${NBSP}min 12${NBSP}s.`)
  })

  it('writes English, Markdown and HTML', () => {
    const en = renderBudget(budget, { format: 'text', lang: 'en' })
    expect(en).toContain(`up to 43${NBSP}min 12${NBSP}s`)
    expect(en).toContain(`beyond 3${NBSP}h 36${NBSP}min`)
    const md = renderBudget(budget, { format: 'markdown', lang: 'fr' })
    expect(md).toContain('| Palier | Crédit | Indisponibilité sur la période | De (ms) | À (ms) |')
    expect(md).toContain(`**jusqu’à 43${NBSP}min 12${NBSP}s**`)
    const html = renderBudget(budget, { format: 'html', lang: 'fr' })
    for (const pattern of OUTSIDE_REFERENCES) expect(html).not.toMatch(pattern)
    expect(html).toContain(`<strong>de 43${NBSP}min 12${NBSP}s 1${NBSP}ms à 3${NBSP}h 36${NBSP}min</strong>`)
  })

  it('writes JSON with the exact bounds in milliseconds', () => {
    const doc = JSON.parse(renderBudget(budget, { format: 'json', lang: 'fr' })) as BudgetJson
    expect(doc.format).toBe('matou.budget/1')
    expect(doc.periodMs).toBe(2_592_000_000)
    expect(doc.allowedDowntimeMs).toBe(2_592_000)
    expect(doc.bands.map((b) => [b.band?.label ?? null, b.credit, b.minDowntimeMs, b.maxDowntimeMs])).toEqual([
      [null, '0', 0, 2_592_000],
      ['>= 99.5 and < 99.9', '10', 2_592_001, 12_960_000],
      ['< 99.5', '50', 12_960_001, 2_592_000_000],
    ])
    // A French report's `text` is its range in French, not the library's English `up to 43 min 12 s`.
    expect(doc.bands.map((b) => [b.text, b.range])).toEqual([
      [`jusqu’à 43${NBSP}min 12${NBSP}s`, `jusqu’à 43${NBSP}min 12${NBSP}s`],
      [`de 43${NBSP}min 12${NBSP}s 1${NBSP}ms à 3${NBSP}h 36${NBSP}min`, `de 43${NBSP}min 12${NBSP}s 1${NBSP}ms à 3${NBSP}h 36${NBSP}min`],
      [`au-delà de 3${NBSP}h 36${NBSP}min`, `au-delà de 3${NBSP}h 36${NBSP}min`],
    ])
    const en = JSON.parse(renderBudget(budget, { format: 'json', lang: 'en' })) as BudgetJson
    expect(en.bands.map((b) => b.text)).toEqual(['up to 43 min 12 s', '43 min 12 s 1 ms to 3 h 36 min', 'beyond 3 h 36 min'])
  })

  it('writes the JSON explanation in French from the same steps, and leaves the English one as the library wrote it', () => {
    const fr = JSON.parse(renderBudget(budget, { format: 'json', lang: 'fr' })) as BudgetJson
    // 30 days = 2,592,000,000 ms; 0.1 % of it = 2,592,000 ms = 43 min 12 s; 0.5 % = 12,960,000 ms = 3 h 36 min.
    expect(fr.explanation).toEqual([
      `Période avril 2026${NBSP}: 30${NBSP}j (2${GROUP}592${GROUP}000${GROUP}000 ms).`,
      `Indisponibilité jusqu’à 43${NBSP}min 12${NBSP}s${NBSP}: aucun crédit (0${PCT}%).`,
      `Indisponibilité de 43${NBSP}min 12${NBSP}s 1${NBSP}ms à 3${NBSP}h 36${NBSP}min${NBSP}: palier ≥${NBSP}99,5${PCT}% et <${NBSP}99,9${PCT}%, crédit de 10${PCT}%.`,
      `Indisponibilité au-delà de 3${NBSP}h 36${NBSP}min${NBSP}: palier <${NBSP}99,5${PCT}%, crédit de 50${PCT}%.`,
    ])
    const en = JSON.parse(renderBudget(budget, { format: 'json', lang: 'en' })) as BudgetJson
    expect(en.explanation).toEqual([...budget.explanation])
    expect(en.explanation[0]).toBe('Period 2026-04: 30 d (2,592,000,000 ms).')
    // A per-duration model's line is the sentence the other formats write: 5 % per started hour beyond
    // 0.5 % of 720 h, i.e. 3 h 36 min.
    const kms = downtimeBudget({ commitment: presets.ovh.usKms2024, period: monthPeriod({ year: 2026, month: 4 }) })
    const doc = JSON.parse(renderBudget(kms, { format: 'json', lang: 'fr' })) as BudgetJson
    expect(doc.explanation.at(-1)).toBe(`5${PCT}% par 1${NBSP}h d’indisponibilité commencée, au-delà des 3${NBSP}h 36${NBSP}min premières.`)
  })

  it('writes the per-duration models', () => {
    const b = downtimeBudget({ commitment: presets.ovh.usKms2024, period: monthPeriod({ year: 2026, month: 4 }) })
    const text = renderBudget(b, { format: 'text', lang: 'fr' })
    expect(text).toContain(`5${PCT}% par 1${NBSP}h d’indisponibilité commencée, au-delà des 3${NBSP}h 36${NBSP}min premières.`)
  })
})
