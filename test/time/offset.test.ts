import { describe, expect, it } from 'vitest'
import { firstInstantAtWallClock, instantsOfWallClock, zoneOffset } from '../../src/time/offset.js'

const S = 1000
const H = 3_600_000

describe('zone offsets', () => {
  it('keep the seconds and the sign of an offset under an hour', () => {
    expect(zoneOffset('Africa/Monrovia', Date.UTC(1968, 0, 1))).toBe(-(44 * 60 + 30) * S)
    expect(zoneOffset('Europe/Paris', Date.UTC(1900, 0, 1))).toBe((9 * 60 + 21) * S)
    expect(zoneOffset('Europe/Dublin', Date.UTC(1900, 0, 1))).toBe(-(25 * 60 + 21) * S)
  })

  it('are the same for every millisecond of a second, before 1970 too', () => {
    const t = Date.UTC(1968, 0, 1, 0, 44, 30)
    for (const ms of [0, 1, 500, 999]) expect(zoneOffset('Africa/Monrovia', t + ms)).toBe(-2_670_000)
    expect(zoneOffset('Europe/Paris', -1)).toBe(H)
  })

  it('change at the instant the clocks do', () => {
    const change = Date.UTC(2026, 2, 29, 1) // 02:00 CET becomes 03:00 CEST
    expect(zoneOffset('Europe/Paris', change - 1)).toBe(H)
    expect(zoneOffset('Europe/Paris', change)).toBe(2 * H)
  })

  it('read year 1 and the day before it', () => {
    expect(zoneOffset('Asia/Tokyo', -62_135_596_800_000) /* 0001-01-01T00:00Z */).toBe((9 * 3600 + 18 * 60 + 59) * S)
  })
})

describe('wall-clock times', () => {
  it('happen once, twice when the clocks go back, never when they skip', () => {
    expect(instantsOfWallClock(Date.UTC(2026, 2, 2, 10), 'Europe/Paris')).toEqual([Date.UTC(2026, 2, 2, 9)])
    expect(instantsOfWallClock(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Paris')).toEqual([Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1, 30)])
    expect(instantsOfWallClock(Date.UTC(2026, 2, 29, 2, 30), 'Europe/Paris')).toEqual([])
  })

  it('start at the first occurrence, or at the end of the jump over them', () => {
    expect(firstInstantAtWallClock(Date.UTC(2004, 9, 1), 'Asia/Gaza')).toBe(Date.UTC(2004, 8, 30, 21))
    expect(firstInstantAtWallClock(Date.UTC(2026, 2, 29, 2, 30), 'Europe/Paris')).toBe(Date.UTC(2026, 2, 29, 1))
    // Samoa skipped 30 December 2011 whole: its midnight is the end of the jump, 31 December 00:00 +14:00.
    expect(firstInstantAtWallClock(Date.UTC(2011, 11, 30), 'Pacific/Apia')).toBe(Date.UTC(2011, 11, 30, 10))
  })
})
