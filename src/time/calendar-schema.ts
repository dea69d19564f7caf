/**
 * The schema of a coverage calendar's options: the one source of {@link CalendarOptions}, and of the
 * calendars a commitment file names (`schema/commitment.ts` builds its own copy with the descriptions the
 * JSON Schema shows). It checks the shape the type allows; what a shape cannot say (a range `09:00-18:00`,
 * overlaps, a real time zone, a real date) is `readBusinessCalendar`'s, which words it.
 */
import * as z from 'zod/mini'
import { type DeepReadonly } from '../errors.js'
import { type HolidayRule } from './closed-dates.js'

/** Attaches a description key to a schema; `schema/` passes its own, this file none. */
export type Describe = <T extends z.ZodMiniType>(schema: T, key: string) => T

const bare: Describe = (schema) => schema

const isFunction = (value: unknown): boolean => typeof value === 'function'

/**
 * An object of the calendar's keys alone, where each other key is named on its own path with the options
 * there are (`calendar.foo: is not a calendar option …`), as `readBusinessCalendar` words it; a strict
 * object would say only "has unknown key" of the whole calendar. The code rides in the params.
 */
function closedObject<S extends z.core.$ZodLooseShape>(shape: S): z.ZodMiniObject<S, z.core.$strict> {
  const other = z.custom<never>(() => false, {
    error: 'is not a calendar option (timeZone, hours, holidays, closed)',
    params: { code: 'calendar-key', params: {} },
  })
  // The catch-all is a check at run time only: in the types, its index signature would make every known
  // key `never` as well.
  return z.catchall(z.object(shape), other) as unknown as z.ZodMiniObject<S, z.core.$strict>
}

/**
 * The calendar options as a schema, and `'24/7'` or those options (what a commitment's `calendar` takes).
 * A built calendar, or a copy of one (`{ ...calendar }`), also reads back: its derived figures (`kind`,
 * `weeklyMs`, `label`) are tolerated, as `readBusinessCalendar` tolerates them.
 */
export function calendarSchemas(describe: Describe = bare) {
  const dayHours = z.optional(z.union([z.string(), z.array(z.string())]))
  const rule = z.custom<HolidayRule>(isFunction)
  const fields = {
    /** IANA time zone the hours are read in. @example 'Europe/Paris' */
    timeZone: describe(z.string(), 'calendarSchema.timeZone'),
    /** Opening hours of an ordinary week. @example { mon: '09:00-18:00', fri: ['09:00-12:00', '14:00-17:00'] } */
    hours: describe(
      z.strictObject({ mon: dayHours, tue: dayHours, wed: dayHours, thu: dayHours, fri: dayHours, sat: dayHours, sun: dayHours }),
      'calendarSchema.hours',
    ),
    /**
     * Public holidays, closed all day: `'FR'`, `'FR-alsace-moselle'`, dates `'YYYY-MM-DD'`, a
     * {@link HolidayRule}, or an array mixing these.
     * @example ['FR', '2026-12-24', (year) => [`${year}-12-31`]]
     */
    holidays: describe(z.optional(z.union([z.string(), rule, z.array(z.union([z.string(), rule]))])), 'calendarSchema.holidays'),
    /** Further closed dates `YYYY-MM-DD` (a company closure, a bridge day). @example ['2026-05-15'] */
    closed: describe(z.optional(z.array(z.string())), 'calendarSchema.closed'),
  }
  const options = closedObject(fields)
  const optionsOrBuilt = closedObject({
    ...fields,
    kind: describe(z.optional(z.enum(['24/7', 'hours'])), 'calendarSchema.kind'),
    weeklyMs: describe(z.optional(z.number()), 'calendarSchema.weeklyMs'),
    label: describe(z.optional(z.string()), 'calendarSchema.label'),
  })
  return { options, calendar: describe(z.union([z.literal('24/7'), optionsOrBuilt]), 'calendarSchema') }
}

/**
 * The options of a business-hours calendar (see `businessCalendar`).
 *
 * @example
 * calendarOptionsSchema.safeParse({ timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00' } }).success // true
 * calendarOptionsSchema.safeParse({ timeZone: 'Europe/Paris', hours: { monday: '09:00-18:00' } }).success // false
 */
export const calendarOptionsSchema = /* @__PURE__ */ (() => calendarSchemas().options)()

/** Options of `businessCalendar`: business hours in an IANA time zone, with holidays and closed dates. */
export type CalendarOptions = DeepReadonly<z.input<typeof calendarOptionsSchema>>
