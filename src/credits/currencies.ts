/**
 * Minor units of the currencies of ISO 4217 (list one, as maintained by its agency, 2025 amendments
 * included: XCG, ZWG, SLE, VED), so that every runtime rounds alike. `Intl` is not used: engines give
 * IQD 0 decimals instead of 3 and HUF, IDR, COP or PKR 0 instead of 2, their cash practice rather than
 * the standard. Codes with no minor unit in the standard (gold, SDR, test codes) are not listed: an
 * amount in them needs an explicit scale.
 */

// Every active code has two decimals but these.
const ZERO = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'
const THREE = 'BHD IQD JOD KWD LYD OMR TND'
const FOUR = 'CLF UYW'
// Withdrawn since 2021, still found on the invoices of the months they were in use.
const WITHDRAWN = 'ANG CUC HRK SLL ZWL'
const TWO =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW ' +
  'CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ' +
  'ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV ' +
  'MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD ' +
  'SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG'

let table: ReadonlyMap<string, number> | undefined

// Built on first use, so that a bundle that never handles money keeps none of it.
function minorUnitTable(): ReadonlyMap<string, number> {
  table ??= new Map([
    ...TWO.split(' ').map((c) => [c, 2] as const),
    ...ZERO.split(' ').map((c) => [c, 0] as const),
    ...THREE.split(' ').map((c) => [c, 3] as const),
    ...FOUR.split(' ').map((c) => [c, 4] as const),
    ...WITHDRAWN.split(' ').map((c) => [c, 2] as const),
  ])
  return table
}

/**
 * The number of decimals of a currency's minor unit under ISO 4217 (EUR 2, JPY 0, IQD 3, CLF 4), or
 * undefined for a code the standard does not list with a minor unit. Lower-case codes are read as
 * upper-case.
 *
 * @example
 * minorUnits('eur') // 2
 * minorUnits('XAU') // undefined
 */
export function minorUnits(currency: string): number | undefined {
  return typeof currency === 'string' ? minorUnitTable().get(currency.toUpperCase()) : undefined
}

/** Every code with a minor unit, sorted. */
export function currencyCodes(): string[] {
  return [...minorUnitTable().keys()].sort()
}
