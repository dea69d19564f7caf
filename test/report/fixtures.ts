import { monthlyStatement, monthPeriod, presets } from '../../src/index.js'

/** March 2026 in Paris (743 h) under OVH VPS STARTER 2016: a few incidents on three VPS, none on a fourth element. */
export const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })

export const incidents = [
  // 4 h on the three VPS: (743 − 4) / 743 = 99.4616 % → band [99.0, 99.5) → 10 %.
  { id: 'fire', start: '2026-03-10T10:00:00Z', end: '2026-03-10T14:00:00Z', elements: ['vps-1', 'vps-2', 'vps-<3>'] },
  // vps-2 only: 10:00–13:00 once the overlap is merged.
  { id: 'disk', start: '2026-03-12T10:00:00Z', end: '2026-03-12T12:00:00Z', elements: ['vps-2'] },
  { id: 'disk-2', start: '2026-03-12T11:00:00Z', end: '2026-03-12T13:00:00Z', elements: ['vps-2'] },
  // Excluded: caused by the customer.
  { id: 'oops|pipe', start: '2026-03-20T08:00:00Z', end: '2026-03-20T09:30:00Z', elements: ['vps-2'], cause: 'customer' as const },
  // Degraded performance counts for 0.
  { id: 'slow', start: '2026-03-25T08:00:00Z', end: '2026-03-25T09:00:00Z', elements: ['vps-1'], impact: 'degraded' as const },
]

export const elements = [
  { id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } },
  { id: 'vps-2', fee: { amount: '4.99', currency: 'EUR' } },
  { id: 'vps-<3>', fee: { amount: '1234.50', currency: 'EUR' } },
  // No incident: nothing to explain.
  { id: 'web|db', fee: { amount: '5.00', currency: 'EUR' } },
]

export function starterStatement() {
  return monthlyStatement({ commitment: presets.ovhVps2016.starter, period: march, incidents, elements })
}

/** A commitment with a GTI of 4 business hours (Mon–Fri 9:00–18:00 Paris, French holidays) and penalties. */
export const gtiCommitment = {
  id: 'coop-gti',
  timeZone: 'Europe/Paris',
  credit: { type: 'tiers', tiers: [{ atLeast: '99.0', below: '99.9', credit: '5' }, { below: '99.0', credit: '20' }] },
  gti: {
    within: 'PT4H',
    calendar: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' },
    penalty: { perBreach: '10', perLate: { percent: '5', per: 'PT1H', clock: 'business' }, cap: '50' },
  },
} as const

export const gtiIncidents = [
  // Reported Tuesday 10:10, handled 11:00: met.
  { id: 'met', start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T12:00:00+01:00', reportedAt: '2026-03-10T10:10:00+01:00', interventionAt: '2026-03-10T11:00:00+01:00', elements: ['mail'] },
  // Reported Thursday 16:00, handled Friday 15:30: deadline Friday 11:00, 4 h 30 min late → 10 % + 5 × 5 % = 35 %.
  { id: 'late', start: '2026-03-12T15:50:00+01:00', end: '2026-03-13T16:00:00+01:00', reportedAt: '2026-03-12T16:00:00+01:00', interventionAt: '2026-03-13T15:30:00+01:00', elements: ['mail'] },
  // Scheduled maintenance: excluded, and the GTI does not apply.
  { id: 'maint', start: '2026-03-20T22:00:00+01:00', end: '2026-03-20T23:00:00+01:00', reportedAt: '2026-03-20T22:00:00+01:00', cause: 'maintenance' as const, elements: ['mail'] },
]

export function gtiStatement() {
  return monthlyStatement({ commitment: gtiCommitment, period: march, incidents: gtiIncidents, elements: [{ id: 'mail', fee: { amount: '20.00', currency: 'EUR' } }, { id: 'web', fee: { amount: '20.00', currency: 'EUR' } }] })
}

/** Every http(s) address in a text, and those that stand as the whole href of an <a>. */
export function addresses(html: string): { all: string[]; inLinks: string[] } {
  return {
    all: [...html.matchAll(/https?:\/\/[^\s"'<>)]+/gi)].map((m) => m[0]),
    inLinks: [...html.matchAll(/<a href="(https?:\/\/[^"]+)">/gi)].map((m) => m[1]!),
  }
}

/** What a self-contained page must not hold. */
export const OUTSIDE_REFERENCES = [/<script/i, /<link/i, /@import/i, /url\(\s*['"]?https?:/i, /<iframe/i, /<img/i, /src=/i]

// What fr-FR puts between a figure and %, between thousands, and between an amount and €, read from this
// runtime's Intl (CLDR versions differ: U+00A0 or U+202F before %).
const frPercentParts = new Intl.NumberFormat('fr-FR', { style: 'percent' }).formatToParts(0.01)
export const PCT = frPercentParts.filter((p) => p.type === 'literal').map((p) => p.value).join('')
export const GROUP = new Intl.NumberFormat('fr-FR').formatToParts(1234567).find((p) => p.type === 'group')!.value
export const CUR = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).formatToParts(1).filter((p) => p.type === 'literal').map((p) => p.value).join('')
