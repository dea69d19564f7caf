import { type CommitmentInput } from '../../schema/commitment.js'

const SOURCE_TITLE = 'Amazon Compute Service Level Agreement (Amazon EC2)'
const SOURCE_URL = 'https://aws.amazon.com/compute/sla/'
const SOURCE_DATE = '2022 version'

const CLAIM = {
  window: 'by the end of the second billing cycle after the incident',
  procedure: 'a support case with "SLA Credit Request" in the subject, the dates and times of each incident, the affected region (and instance IDs), and request logs that document the errors',
} as const

const measurement = {
  excludedCauses: ['customer', 'force-majeure'],
  exclusions: 'as-available',
  granularity: 'minute-up',
} as const satisfies CommitmentInput['measurement']

/**
 * AWS EC2 region-level SLA (2022 version): 10 % from 99.0 % up to 99.99 %, 30 % from 95.0 % up to 99.0 %,
 * 100 % below 95.0 %, measured per minute over the UTC month.
 */
export const awsEc2Region = /* @__PURE__ */ (() => ({
  id: 'aws-ec2-region',
  name: 'AWS EC2, region-level (2022)',
  description: 'Instances deployed across two or more Availability Zones of one region, per monthly billing cycle.',
  timeZone: 'UTC',
  measurement,
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '99.0', below: '99.99', credit: '10' },
      { atLeast: '95.0', below: '99.0', credit: '30' },
      { below: '95.0', credit: '100' },
    ],
  },
  creditBase: 'service',
  minimumCredit: { amount: '1', currency: 'USD' },
  soleRemedy: true,
  claim: CLAIM,
  source: {
    title: SOURCE_TITLE,
    url: SOURCE_URL,
    date: SOURCE_DATE,
    language: 'en',
    verified: true,
  },
}) as const satisfies CommitmentInput)()

/**
 * AWS EC2 instance-level SLA (2022 version): 10 % from 99.0 % up to 99.5 %, 30 % from 95.0 % up to 99.0 %,
 * 100 % below 95.0 %; and no charge, without a claim, for a clock hour (UTC) with more than six minutes of
 * it unavailable, the monthly credit then applying to what is left of the instance's charges.
 */
export const awsEc2Instance = /* @__PURE__ */ (() => ({
  id: 'aws-ec2-instance',
  name: 'AWS EC2, instance-level (2022)',
  description: 'One EC2 instance, per monthly billing cycle; a clock hour with more than 6 minutes unavailable is not charged, without a claim.',
  timeZone: 'UTC',
  measurement,
  credit: [
    {
      type: 'tiers',
      tiers: [
        { atLeast: '99.0', below: '99.5', credit: '10' },
        { atLeast: '95.0', below: '99.0', credit: '30' },
        { below: '95.0', credit: '100' },
      ],
    },
    { type: 'hourly-waiver', moreThan: 'PT6M', timeZone: 'UTC', others: 'on-remainder', automatic: true },
  ],
  creditBase: 'affected',
  minimumCredit: { amount: '1', currency: 'USD' },
  soleRemedy: true,
  claim: CLAIM,
  source: {
    title: SOURCE_TITLE,
    url: SOURCE_URL,
    date: SOURCE_DATE,
    language: 'en',
    verified: true,
  },
}) as const satisfies CommitmentInput)()
