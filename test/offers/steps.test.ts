import { describe, expect, it } from 'vitest'
import { compareOffers, Decimal, offerFromPreset, presets } from '../../src/index.js'
import type { ComparisonStep } from '../../src/index.js'

const fee = { amount: '12.00', currency: 'EUR' }
const starter = offerFromPreset(presets.ovhVps2016.starter, fee)

describe('the steps of a comparison cell', () => {
  it("records the client's downtime, loss and cover: the 4-hour outage at 200 EUR an hour", () => {
    // 4 h × 200 EUR = 800.00 EUR lost; STARTER gives 10 % of 12 EUR = 1.20 EUR, 1.20 / 800 = 0.15 % of the loss.
    const cmp = compareOffers({ offers: [starter], clientLossPerHour: '200' })
    const cell = cmp.cell('outage-4h', starter.id)!
    expect(cell.steps).toEqual<ComparisonStep[]>([
      { kind: 'client-downtime', downtimeMs: 4 * 3_600_000, hours: new Decimal(4) },
      { kind: 'client-loss', hours: new Decimal(4), perHour: new Decimal(200), currency: 'EUR', loss: new Decimal(800) },
      { kind: 'cover', compensation: new Decimal('1.2'), loss: new Decimal(800), percent: new Decimal('0.15') },
    ])
  })

  it('records only the downtime when no loss per hour is given', () => {
    const cell = compareOffers({ offers: [starter] }).cell('outage-4h', starter.id)!
    expect(cell.steps).toEqual([{ kind: 'client-downtime', downtimeMs: 4 * 3_600_000, hours: new Decimal(4) }])
  })
})
