/**
 * The refusals of opening hours as a French reader sees them: each wording comes from the refusal's code
 * and the figures it carries, so a wrong code or a lost figure shows here.
 */
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { formatIssue } from '../../src/messages/format.js'
import { businessCalendar, type WeeklyHours } from '../../src/time/calendar.js'

/** The problems of a calendar in UTC with these hours, as `path: message` in French. */
function frenchProblems(hours: unknown): string[] {
  try {
    businessCalendar({ timeZone: 'UTC', hours: hours as WeeklyHours })
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => `${i.path}: ${formatIssue(i, 'fr')}`)
    throw error
  }
  return []
}

describe('opening hours refused, in French', () => {
  it('names the day, the range and the time at fault', () => {
    expect(
      frenchProblems({
        mon: ['9:00-18:00', '24:00-24:30', '08:60-09:00', '09:00-24:01', '09:00-23:60', '18:00-09:00', '10:00-11:00', '10:30-12:00'],
        tue: 5,
        wed: '25:00-26:00',
        funday: '09:00-10:00',
      }),
    ).toEqual([
      "hours.funday: n’est pas un jour\u00a0; utilisez mon, tue, wed, thu, fri, sat, sun",
      // One digit for the hour is not HH:MM.
      'hours.mon[0]: doit être une plage d’heures locales HH:MM-HH:MM comme "09:00-18:00" (valeur reçue\u00a0: "9:00-18:00")',
      // 24:00 ends a day, it cannot start one; 24:30 is past it.
      "hours.mon[1]: commence à 24:00, qui n’est pas une heure de la journée (00:00 à 23:59)",
      "hours.mon[1]: finit à 24:30, qui n’est pas une heure de la journée (00:01 à 24:00)",
      "hours.mon[2]: commence à 08:60, qui n’est pas une heure de la journée (00:00 à 23:59)",
      "hours.mon[3]: finit à 24:01, qui n’est pas une heure de la journée (00:01 à 24:00)",
      "hours.mon[4]: finit à 23:60, qui n’est pas une heure de la journée (00:01 à 24:00)",
      'hours.mon[5]: doit commencer avant de finir (valeur reçue\u00a0: 18:00-09:00)\u00a0; coupez une plage qui passe minuit sur deux jours, la première finissant à 24:00',
      // 10:30-12:00 starts inside 10:00-11:00, taken just before it.
      'hours.mon[7]: chevauche 10:00-11:00',
      'hours.tue: doit être une plage "09:00-18:00" ou une liste de plages (valeur reçue\u00a0: 5)',
      // A day given as one range is named without an index.
      "hours.wed: commence à 25:00, qui n’est pas une heure de la journée (00:00 à 23:59)",
      "hours.wed: finit à 26:00, qui n’est pas une heure de la journée (00:01 à 24:00)",
    ])
  })

  it('reads a range whole: nothing before its start or after its end', () => {
    // Three digits for an hour, or for a minute, hold a valid HH:MM inside them; neither is one.
    expect(frenchProblems({ mon: ['109:00-18:00', '09:00-18:000'] })).toEqual([
      'hours.mon[0]: doit être une plage d’heures locales HH:MM-HH:MM comme "09:00-18:00" (valeur reçue\u00a0: "109:00-18:00")',
      'hours.mon[1]: doit être une plage d’heures locales HH:MM-HH:MM comme "09:00-18:00" (valeur reçue\u00a0: "09:00-18:000")',
    ])
    // Spaces around the dash, and an en dash, are read.
    expect(frenchProblems({ mon: ['09:00 - 12:00', '13:00–18:00'] })).toEqual([])
  })

  it('refuses hours that are not a week, or a week without any time', () => {
    expect(frenchProblems('mon 09:00')).toEqual(['hours: doit donner les heures de chaque jour, comme { mon: [\'09:00-18:00\'] } (valeur reçue\u00a0: "mon 09:00")'])
    expect(frenchProblems(null)).toEqual(["hours: doit donner les heures de chaque jour, comme { mon: ['09:00-18:00'] } (valeur reçue\u00a0: null)"])
    expect(frenchProblems({ mon: [] })).toEqual(["hours: ne couvre aucun moment\u00a0: l’horloge ne tournerait jamais (utilisez '24/7' pour une couverture permanente)"])
  })

  it('does not add "no time at all" to a week whose only range is refused: the range is the problem', () => {
    expect(frenchProblems({ mon: ['18:00-09:00'] })).toEqual([
      'hours.mon[0]: doit commencer avant de finir (valeur reçue\u00a0: 18:00-09:00)\u00a0; coupez une plage qui passe minuit sur deux jours, la première finissant à 24:00',
    ])
  })
})
