/**
 * A cell of a CSV written for a spreadsheet, as text: quoted when it holds the delimiter, a quote or a
 * line break, and prefixed with `'` when it starts with `=`, `+`, `-`, `@`, a tab or a CR, which a
 * spreadsheet would run as a formula (a client named `=HYPERLINK(…)` must stay a name).
 *
 * @example
 * csvCell('=HYPERLINK("x")', ';') // `"'=HYPERLINK(""x"")"`
 * csvCell('9,99', ';') // '9,99'
 * csvCell('9,99', ',') // '"9,99"'
 */
export function csvCell(value: string, delimiter: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
