// A wall-clock time typed in a form (`2026-04-07T09:00`, no zone) as an instant in the offer's zone,
// written with its offset (`2026-04-07T09:00:00+02:00`), the form the library's inputs take.

function offsetMinutes(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(epochMs))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60_000)
}

/** The instant of `local` in `timeZone` as ISO-8601 with its offset; null when `local` is not a date and time. */
export function zonedIso(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!m) return null
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number]
  const wall = Date.UTC(y, mo - 1, d, h, mi)
  // Two rounds settle the offset on both sides of a change of clocks.
  let offset = offsetMinutes(wall, timeZone)
  offset = offsetMinutes(wall - offset * 60_000, timeZone)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${local}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** `iso` plus `hours` (a decimal number of hours), in the same offset notation as UTC `Z`. */
export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + Math.round(hours * 3_600_000)).toISOString()
}
