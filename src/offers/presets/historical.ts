import { type CommitmentInput } from '../../schema/commitment.js'

/**
 * France Télécom, "contrat professionnel présence" (2001): restoration within four business hours, Monday to
 * Saturday 08:00–18:00 Paris time. No penalty known.
 */
export const franceTelecomGtr2001 = {
  id: 'france-telecom-gtr-2001',
  name: 'France Télécom, contrat professionnel présence (2001): GTR 4 heures ouvrables',
  description: 'GTR of four business hours, Monday–Saturday 08:00–18:00 Europe/Paris, French public holidays off. No penalty known.',
  timeZone: 'Europe/Paris',
  gtr: {
    within: 'PT4H',
    calendar: {
      timeZone: 'Europe/Paris',
      hours: {
        mon: '08:00-18:00',
        tue: '08:00-18:00',
        wed: '08:00-18:00',
        thu: '08:00-18:00',
        fri: '08:00-18:00',
        sat: '08:00-18:00',
      },
      holidays: 'FR',
    },
    clockStartsAt: 'reported',
  },
  source: {
    title: 'ART (Autorité de régulation des télécommunications), décision n° 2001-355',
    date: '2001',
    language: 'fr',
    verified: true,
    historical: true,
  },
} as const satisfies CommitmentInput

/**
 * ARCEP FttH wholesale: faults restored within 10 business hours. The business hours are an assumption
 * (Monday–Friday 08:00–18:00 Paris time, French public holidays off).
 */
export const arcepFtthGtr = {
  id: 'arcep-ftth-gtr-10h',
  name: 'ARCEP FttH wholesale: rétablissement en 10 heures ouvrées',
  description: 'GTR of 10 business hours; business hours ASSUMED Monday–Friday 08:00–18:00 Europe/Paris, French public holidays off.',
  timeZone: 'Europe/Paris',
  gtr: {
    within: 'PT10H',
    calendar: {
      timeZone: 'Europe/Paris',
      hours: {
        mon: '08:00-18:00',
        tue: '08:00-18:00',
        wed: '08:00-18:00',
        thu: '08:00-18:00',
        fri: '08:00-18:00',
      },
      holidays: 'FR',
    },
    clockStartsAt: 'reported',
  },
  source: {
    title: 'ARCEP, décision n° 2020-1432 du 8 décembre 2020 (notification on FttH wholesale access, quality of service)',
    date: '2020-12-08',
    language: 'fr',
    verified: false,
    confidence: 'partly',
    historical: true,
  },
} as const satisfies CommitmentInput
