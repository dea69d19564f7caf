import { type CommitmentInput } from '../../schema/commitment.js'

const SOURCE_TITLE = 'OVH, conditions particulières VPS (2016), as quoted in the CHATONS forum thread "Taxonomie des CHATONS & GT MATOU"'

const measurement = {
  weights: { outage: '1', partial: '1', degraded: '0' },
  excludedCauses: ['customer', 'force-majeure'],
  exclusions: 'as-available',
  granularity: 'none',
} as const satisfies CommitmentInput['measurement']

/** OVH VPS STARTER range, 2016: 10 % from 99.0 % up to 99.5 %, 50 % below 99.0 %. */
export const ovhVps2016Starter = {
  id: 'ovh-vps-2016-starter',
  name: 'OVH VPS STARTER (2016)',
  timeZone: 'Europe/Paris',
  measurement,
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '99.0', below: '99.5', credit: '10' },
      { below: '99.0', credit: '50' },
    ],
  },
  creditBase: 'affected',
  soleRemedy: true,
  source: {
    title: SOURCE_TITLE,
    date: '2016',
    language: 'fr',
    verified: false,
    historical: true,
  },
} as const satisfies CommitmentInput

function valueRange(id: string, name: string) {
  return {
    id,
    name,
    timeZone: 'Europe/Paris',
    measurement,
    credit: {
      type: 'tiers',
      tiers: [
        { atLeast: '99.5', below: '99.9', credit: '10' },
        { below: '99.5', credit: '50' },
      ],
    },
    creditBase: 'affected',
    soleRemedy: true,
    source: {
      title: SOURCE_TITLE,
      date: '2016',
      language: 'fr',
      verified: false,
      historical: true,
    },
  } as const satisfies CommitmentInput
}

/** OVH VPS VALUE range, 2016: 10 % from 99.5 % up to 99.9 %, 50 % below 99.5 %. */
export const ovhVps2016Value = /* @__PURE__ */ valueRange('ovh-vps-2016-value', 'OVH VPS VALUE (2016)')
/** OVH VPS ESSENTIAL range, 2016: the VALUE terms. */
export const ovhVps2016Essential = /* @__PURE__ */ valueRange('ovh-vps-2016-essential', 'OVH VPS ESSENTIAL (2016)')
/** OVH VPS COMFORT range, 2016: the VALUE terms. */
export const ovhVps2016Comfort = /* @__PURE__ */ valueRange('ovh-vps-2016-comfort', 'OVH VPS COMFORT (2016)')
/** OVH VPS ELITE range, 2016: the VALUE terms. */
export const ovhVps2016Elite = /* @__PURE__ */ valueRange('ovh-vps-2016-elite', 'OVH VPS ELITE (2016)')
