import { s, strictWarning, types, type Wording } from './wording.js'

// The English wording of every code: the `message` of an issue, exactly, as a test checks. Not part of
// any bundle: the checks write the message themselves, where it is needed; this is what keeps the codes
// and their French wordings honest.

const gotEn = (p: Parameters<Wording>[0]): string => `(got ${s(p, 'got')})`
const TYPES_EN: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list', date: 'a date', null: 'null' }
const n = (p: Parameters<Wording>[0], key: string): string => Number(p[key]).toLocaleString('en-US')
const foundEn = (p: Parameters<Wording>[0]): string => `${s(p, 'found') || 'none'}${Number(p.more) > 0 ? `, and ${s(p, 'more')} more` : ''}`
const RANGE_EN = 'years 1 to 9999: 0000-12-31T00:00:00Z to 10000-01-02T00:00:00Z'

const SIZE_EN: Record<string, string> = { string: 'characters', file: 'bytes', array: 'items', set: 'items', map: 'entries' }

/** zod's own English for a check the schemas do not word (its `en` locale's words, as `zodEnglish` writes them). */
function zodEn(p: Parameters<Wording>[0]): string {
  switch (p.zod) {
    case 'too_big':
    case 'too_small': {
      const big = p.zod === 'too_big'
      const adj = p.exact === 'true' ? 'exactly ' : `${big ? '<' : '>'}${p.inclusive === 'true' ? '=' : ''}`
      const unit = SIZE_EN[s(p, 'origin')]
      const origin = p.origin ?? (big ? 'value' : 'undefined')
      return `Too ${big ? 'big' : 'small'}: expected ${origin} ${unit ? `to have ${adj}${s(p, big ? 'maximum' : 'minimum')} ${unit}` : `to be ${adj}${s(p, big ? 'maximum' : 'minimum')}`}`
    }
    case 'invalid_format':
      if (p.format === 'starts_with') return `Invalid string: must start with "${s(p, 'prefix')}"`
      if (p.format === 'ends_with') return `Invalid string: must end with "${s(p, 'suffix')}"`
      if (p.format === 'includes') return `Invalid string: must include "${s(p, 'includes')}"`
      if (p.format === 'regex') return `Invalid string: must match pattern ${s(p, 'pattern')}`
      return `Invalid ${s(p, 'format')}`
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${s(p, 'divisor')}`
    case 'invalid_key':
      return `Invalid key in ${s(p, 'origin')}`
    case 'invalid_element':
      return `Invalid value in ${s(p, 'origin')}`
    default:
      return 'Invalid input'
  }
}

/** Every code an `InputIssue` can carry (but `invalid`), worded in English. */
export const ENGLISH: Readonly<Record<string, Wording>> = {
  required: () => 'is required',
  type: (p) => `must be ${types(p, TYPES_EN, ' or ')} ${gotEn(p)}`,
  'one-of': (p) => `must be one of ${s(p, 'options')} ${gotEn(p)}`,
  exactly: (p) => `must be ${s(p, 'value')} ${gotEn(p)}`,
  'not-valid': (p) => `is not valid ${gotEn(p)}`,
  'unknown-keys': (p) => `has unknown key${p.count === 1 ? '' : 's'} ${s(p, 'keys')}`,
  'decimal-comma': (p) =>
      `has unknown key${p.count === 1 ? '' : 's'} ${s(p, 'keys')}: a number written with a decimal comma, such as ${s(p, 'written')}, is split in two in YAML; write ${s(p, 'dotted')} or "${s(p, 'written')}"`,
  'too-few': (p) => `must have at least ${s(p, 'minimum')} item${p.minimum === 1 ? '' : 's'}`,
  'plain-object': (p) => `must be a plain object ${gotEn(p)}`,
  'month-text': (p) => `must be a month YYYY-MM ${gotEn(p)}`,
  instant: (p) => `must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" ${gotEn(p)}`,
  'instant-type': (p) => `must be a Date or an ISO-8601 instant with an offset ${gotEn(p)}`,
  'instant-range': (p) => `is out of range: instants are accepted from the ${RANGE_EN} ${gotEn(p)}`,
  'invalid-date': () => 'is an invalid Date',
  'epoch-ms': (p) => `must be whole epoch milliseconds ${gotEn(p)}`,
  'time-zone': (p) => `must be an IANA time zone such as "Europe/Paris" or "UTC" ${gotEn(p)}`,
  duration: (p) => `must be an ISO-8601 duration such as "PT4H" or "PT43M12S" ${gotEn(p)}`,
  'duration-calendar': (p) => `must be an ISO-8601 duration such as "PT4H" or "PT43M12S" (years and months have no fixed length; use days or hours) ${gotEn(p)}`,
  'duration-type': (p) => `must be an ISO-8601 duration such as "PT4H" ${gotEn(p)}`,
  'duration-ms': (p) => `must be whole non-negative milliseconds ${gotEn(p)}`,
  'duration-length': (p) => `must be an ISO-8601 duration of at most ${s(p, 'max')} characters such as "PT4H" (got ${s(p, 'length')} characters)`,
  'duration-fraction': (p) => `must be a whole number of milliseconds ${gotEn(p)}`,
  'duration-too-long': (p) => `is too long ${gotEn(p)}`,
  year: (p) => `must be a whole year from 1 to 9999 ${gotEn(p)}`,
  month: (p) => `must be a whole month from 1 to 12 ${gotEn(p)}`,
  quarter: (p) => `must be 1, 2, 3 or 4 ${gotEn(p)}`,
  'period-text': (p) => `must be YYYY-MM, YYYY-Qn or YYYY ${gotEn(p)}`,
  'period-object': (p) => `must be a period { start, end } such as monthPeriod() returns ${gotEn(p)}`,
  'period-order': (p) => `must end after it starts (${s(p, 'start')} to ${s(p, 'end')})`,
  'period-empty': (p) => `must end after it starts (${s(p, 'start')} to ${s(p, 'end')}): a period of zero length has no availability`,
  decimal: (p) => `must be a decimal number such as "99.5" ${gotEn(p)}`,
  'decimal-finite': () => 'must be a finite decimal number',
  'number-finite': (p) => `must be a finite number ${gotEn(p)}`,
  percentage: (p) => `must be a percentage from 0 to 100 ${gotEn(p)}`,
  'not-negative': (p) => `must not be negative ${gotEn(p)}`,
  'zero-duration': () => 'must be longer than zero',
  weight: (p) => `must be from 0 to 1 ${gotEn(p)}`,
  'weight-decimals': (p) => `may have at most ${s(p, 'max')} decimals ${gotEn(p)}`,
  scale: (p) => `must be a whole number of decimals from 0 to 20 ${gotEn(p)}`,
  'band-two-lower': () => 'has both atLeast and above: a band has one lower bound',
  'band-two-upper': () => 'has both below and atMost: a band has one upper bound',
  'band-empty': (p) => `is empty: ${s(p, 'band')} holds no availability`,
  'band-none-below': (p) => `leaves availability below ${s(p, 'below')} % without a band: the credit would fall as availability falls; add a band { below: "${s(p, 'below')}" }`,
  'band-overlap': (p) => `overlaps band ${s(p, 'index')} (${s(p, 'band')})`,
  'band-overlap-open': (p) => `overlaps band ${s(p, 'index')} (${s(p, 'band')}), which has no upper bound`,
  'band-gap': (p) => `leaves a gap after band ${s(p, 'index')} (${s(p, 'band')}): availability ${s(p, 'from')} to ${s(p, 'to')} has no band`,
  'band-credit-falls': (p) => `is larger than the credit of band ${s(p, 'index')} (${s(p, 'band')}): a credit must not fall as availability falls`,
  'allowance-with-beyond': () => 'cannot be given with beyond: the allowance is either a duration or what an availability target allows',
  'once-exceeded-alone': () => 'needs beyond or allowance: there is no allowance to exceed',
  'availability-object': () => 'must be a report from measureAvailability or monthlyStatement, or a percentage such as "99.5" (got an object the library did not build)',
  'availability-report': () => 'must be a report from measureAvailability: a per-duration credit needs the downtime, not only a percentage',
  'availability-hours': () => 'must be a report from measureAvailability: an hourly waiver needs to know in which clock hours the downtime fell, not only a percentage',
  'hour-or-more': (p) => `must be shorter than one hour ${gotEn(p)}`,
  money: (p) => `must be { amount, currency } such as { amount: "9.99", currency: "EUR" } ${gotEn(p)}`,
  currency: (p) => `must be an ISO 4217 currency code such as "EUR" ${gotEn(p)}`,
  'currency-code': (p) => `must be an ISO 4217 code such as "USD" ${gotEn(p)}`,
  'currency-scale': (p) => `is not an ISO 4217 currency with a minor unit ${gotEn(p)}; give option scale to round amounts in it`,
  'incident-list': (p) => `must be a list of incidents ${gotEn(p)}`,
  'incident-object': (p) => `must be an incident object { start, end, … } ${gotEn(p)}`,
  'before-start': (p) => `is before start (${s(p, 'start')})`,
  'open-needs-asof': () => 'is missing: an open incident needs an asOf instant to be measured',
  'after-asof': (p) => `is after asOf (${s(p, 'asOf')}): an open incident cannot start in the future`,
  'no-clock-start': (p) => `has neither reportedAt nor detectedAt: the ${s(p, 'guarantee')} clock cannot start`,
  'element-list': (p) => `must be a non-empty list of element names, or absent for every element ${gotEn(p)}`,
  'elements-empty': () => 'must name at least one element, or be absent for every element (got an empty list)',
  'incident-id': (p) => `must be a string or a number ${gotEn(p)}`,
  'hours-range': (p) => `must be a range of local times HH:MM-HH:MM such as "09:00-18:00" ${gotEn(p)}`,
  'hours-start': (p) => `starts at ${s(p, 'time')}, not a time of day (00:00 to 23:59)`,
  'hours-end': (p) => `ends at ${s(p, 'time')}, not a time of day (00:01 to 24:00)`,
  'hours-order': (p) => `must start before it ends ${gotEn(p)}; split a range past midnight over two days, ending the first at 24:00`,
  'hours-week': (p) => `must give the hours of each day, such as { mon: ['09:00-18:00'] } ${gotEn(p)}`,
  'hours-day': (p) => `is not a day; use ${s(p, 'days')}`,
  'hours-ranges': (p) => `must be a range "09:00-18:00" or an array of them ${gotEn(p)}`,
  'hours-overlap': (p) => `overlaps ${s(p, 'range')}`,
  'hours-none': () => "covers no time at all: the clock would never run (use '24/7' for round-the-clock coverage)",
  'running-required': () => "is required: the commitment's window counts time only while enough elements run, so say when each ran",
  'running-shape': () => 'must map each element to its running stretches, such as { "vm-1": [{ start, end }] }',
  'running-list': () => 'must be a list of running stretches { start, end }',
  'running-order': () => 'is before its start',
  'gaps-list': (p) => `must be a list of gaps { element?, start, end, countedAs } ${gotEn(p)}`,
  'gap-shape': (p) => `must be a gap { element?, start, end, countedAs } ${gotEn(p)}`,
  calendar: (p) => `must be '24/7' or calendar options { timeZone, hours, holidays?, closed? } ${gotEn(p)}`,
  'calendar-key': () => 'is not a calendar option (timeZone, hours, holidays, closed)',
  'calendar-zone': () => 'is required: the IANA time zone the hours are read in, such as "Europe/Paris"',
  dates: (p) => `must be an array of dates YYYY-MM-DD ${gotEn(p)}`,
  date: (p) => `must be a date YYYY-MM-DD such as "2026-12-24" ${gotEn(p)}`,
  holidays: (p) => `must be "FR", "FR-alsace-moselle", a date YYYY-MM-DD or a function (year) => dates ${gotEn(p)}`,
  'month-or-period': () => 'give either month or period, not both',
  'statement-month': (p) => `must be a month written YYYY-MM, e.g. '2026-03' ${gotEn(p)}`,
  'period-required': () => "is required: give a period, or a month such as '2026-03'",
  'billed-list': () => 'must be a list of { id, fee }',
  'billed-element': () => 'must be { id, fee }',
  'element-name': () => 'must be a non-empty element name',
  'element-repeated': (p) => `repeats element "${s(p, 'element')}" (elements[${s(p, 'index')}])`,
  text: (p) => `must be a non-empty text ${gotEn(p)}`,
  'in-service-order': (p) => `must come after from (from ${s(p, 'from')}, until ${s(p, 'until')})`,
  'in-service-outside': (p) => `was not in service in the period (from ${s(p, 'from')}, until ${s(p, 'until')}): leave it out of the list`,
  unbilled: (p) => `must be warn or ignore ${gotEn(p)}`,
  'offers-empty': () => 'must be a non-empty list of offers',
  'offers-list': () => 'must be a list of offers',
  negative: () => 'must not be negative',
  'no-service': (p) => `has no service "${s(p, 'service')}"`,
  'loss-currency': (p) => `is ${s(p, 'currency')} but offer "${s(p, 'offer')}" is priced in ${s(p, 'priced')}`,
  'criterion-form': (p) => `must be field=value, field<=value or field>=value ${gotEn(p)}`,
  'criterion-value': (p) => `${s(p, 'field')} takes ${s(p, 'takes')} ${gotEn(p)}`,
  'criterion-field': (p) =>
    `has an unknown field "${s(p, 'field')}": use structure, salariedStaff, staff, onCall, chatons, dataLocation, gti, gtr, credit, target or fee`,
  'composite-depth': (p) => `nests series and parallel more than ${s(p, 'max')} levels deep`,
  'components-empty': () => 'must be a non-empty list of components',
  'component-hole': () => 'is missing: a list of components has no holes',
  composite: (p) => `must be an element name, { series: [...] } or { parallel: [...] } ${gotEn(p)}`,
  'report-options': (p) => `must be { format, lang?, timeZone?, color? } ${gotEn(p)}`,
  'report-zone': (p) => `must be an IANA time zone such as "Europe/Paris" ${gotEn(p)}`,
  'report-width': (p) => `must be a whole number of columns ${gotEn(p)}`,
  preset: () => 'must be a preset with id, name and source',
  'preset-list': () => 'must be a list of presets',
  'desk-priority': (p) => `must be a priority name such as "P1" ${gotEn(p)}`,
  'desk-client': (p) => `must be a client name or id ${gotEn(p)}`,
  'desk-history': (p) => `must be a list of { at, status } ${gotEn(p)}`,
  'desk-event': (p) => `must be { at, status } ${gotEn(p)}`,
  'desk-status': (p) => `must be a status name such as "waiting-customer" ${gotEn(p)}`,
  'desk-event-key': () => 'is not a field of a status change (at, status)',
  'desk-waiting': (p) => `must be a list of { start, end, reason } ${gotEn(p)}`,
  'desk-wait': (p) => `must be { start, end, reason } ${gotEn(p)}`,
  'desk-reason': (p) => `must be a reason such as "waiting-customer" ${gotEn(p)}`,
  'desk-wait-key': () => 'is not a field of a wait (start, end, reason)',
  'wait-order': () => 'is before start',
  'offer-service': (p) => `is not a service of the offer (got ${s(p, 'got')}; known: ${s(p, 'known')})`,
  'client-months': (p) =>
    `× months × clients must be at most ${n(p, 'max')} client-months, about a minute of work (got ${n(p, 'trials')} × ${s(p, 'months')} × ${n(p, 'clients')}): fewer trials give the same figures with wider intervals`,
  'none-counted': (p) => `holds no incident the commitment counts (causes ${s(p, 'excluded') || 'none'} excluded; impacts weighing 0 left out)`,
  'header-long': (p) => `is longer than ${Number(p.max).toLocaleString('en')} characters; the first line must name the columns, e.g. "id,start,end"`,
  'header-wide': (p) => `has more than ${s(p, 'max')} columns (read with delimiter ${s(p, 'delimiter')}); an incident file has a dozen`,
  'csv-quote-not-closed': () => 'Quote Not Closed: the parsing is finished with an opening quote',
  'built-by': (p) => `must be ${s(p, 'what')} from ${s(p, 'by')}`,
  'fr-or-en': (p) => `must be fr or en ${gotEn(p)}`,
  'whole-from': (p) => `must be a whole number from ${s(p, 'min')} ${gotEn(p)}`,
  'date-format': (p) => `must be a date-fns format such as "dd/MM/yyyy HH:mm" ${gotEn(p)}`,
  'date-format-year': (p) => `uses ${s(p, 'slip')} (week-numbering year): write ${s(p, 'fix')} for the calendar year ${gotEn(p)}`,
  'date-format-day': (p) => `uses ${s(p, 'slip')} (day of the year): write ${s(p, 'fix')} for the day of the month ${gotEn(p)}`,
  'date-format-invalid': (p) => `is not a valid date-fns format: ${s(p, 'error')}`,
  'zone-with-format': () => 'is required with dateFormat: a local time means nothing without its zone (e.g. "Europe/Paris")',
  'incident-document': (p) => `must be a list of incidents, or an object { incidents: [...] } ${gotEn(p)}`,
  'incident-document-keys': (p) => `must be a list of incidents, or an object { incidents: [...] } (got an object with keys ${s(p, 'keys') || 'none'})`,
  'desk-zone': (p) => `is required: ${s(p, 'desk')} ${s(p, 'desk') === 'GLPI' ? 'writes its dates' : 'writes local dates'} without their zone (e.g. "Europe/Paris")`,
  zod: zodEn,
  'skipped-list': (p) => `must be the list of rows a reader skipped ${gotEn(p)}`,
  'skipped-row': (p) => `must be a row a reader skipped, with its reason ${gotEn(p)}`,
  'number-min': (p) => `must be at least ${s(p, 'bound')} ${gotEn(p)}`,
  'number-above': (p) => `must be more than ${s(p, 'bound')} ${gotEn(p)}`,
  'number-max': (p) => `must be at most ${s(p, 'bound')} ${gotEn(p)}`,
  'clock-time': (p) => `must be a local time HH:MM such as "09:00" ${gotEn(p)}`,
  'text-long': (p) => `must be at most ${s(p, 'max')} characters long (got ${s(p, 'length')} characters)`,
  'sim-object': (p) => `must be ${s(p, 'expected')} ${gotEn(p)}`,
  'sim-key': (p) => `is not ${s(p, 'what')} (known: ${s(p, 'known')})`,
  'whole-range': (p) => `must be a whole number from ${n(p, 'min')} to ${n(p, 'max')} ${gotEn(p)}`,
  'sigma-range': (p) => `must be a number from 0 to 10, the standard deviation of the duration's logarithm ${gotEn(p)}`,
  'one-of-two': (p) => `needs either ${s(p, 'first')} or ${s(p, 'second')} (one of them)`,
  'durations-list': (p) => `must be a non-empty list of durations ${gotEn(p)}`,
  'duration-model': (p) => `must be a duration model { type: '${s(p, 'types')}', … } ${gotEn(p)}`,
  'rate-range': (p) => `must be a number of incidents per month from 0 to ${s(p, 'max')} ${gotEn(p)}`,
  'share-range': (p) => `must be a share from 0 to 1 ${gotEn(p)}`,
  function: (p) => `must be a function ${gotEn(p)}`,
  'simulated-months': (p) =>
    `× months must be at most ${n(p, 'max')} simulated months (got ${s(p, 'trials')} × ${s(p, 'months')}): every monthly total is kept for the quantiles`,
  'header-columns': (p) => `has ${s(p, 'count')} columns (read with delimiter ${s(p, 'delimiter')}); an incident file has at most ${s(p, 'max')}`,
  'header-mapped': (p) => `has no column ${s(p, 'name')}, which option columns.${s(p, 'column')} names (columns found: ${foundEn(p)})`,
  'header-repeat': (p) => `repeats column "${s(p, 'column')}" (first at column ${s(p, 'first')})`,
  'header-near': (p) => `${s(p, 'name')} is not a column; did you mean "${s(p, 'near')}"? (known: ${s(p, 'known')}, or their French names; option columns maps others)`,
  'header-no-start': (p) =>
    `has no "start" column (columns found: ${foundEn(p)}): name the column where incidents start "start" or "début", or map it with option columns, e.g. { start: 'Ouverture' } (on the command line: --columns start=Ouverture)`,
  'header-one-column': (p) =>
    `has no "start" column (read with delimiter ${s(p, 'delimiter')}, one column: ${foundEn(p)}); the first line must name the columns, e.g. "id,start,end,elements,impact"; if the file uses another delimiter, give it with option delimiter`,
  'header-missing': (p) => `is missing: the input holds no CSV header line${s(p, 'why') ? ` (${s(p, 'why')})` : ''}; the first line must name the columns, e.g. "id,start,end"`,
  'clients-no-element': (p) => `has no "element" column (columns: ${s(p, 'found') || 'none'}); the first line names the columns, e.g. "element;fee;currency;service;name"`,
  'header-no-column': (p) => `has no ${s(p, 'names').split('|').join(' or ')} column (columns: ${s(p, 'found') || 'none'})`,
  'asof-required': () => 'is required: the instant the open incidents are seen at',
  'escalation-list': (p) => `must be a list of { level, before? , after? } ${gotEn(p)}`,
  escalation: (p) => `must be { level, before?, after? } with a level name ${gotEn(p)}`,
  'after-with-before': () => 'cannot be given with before',
  'service-repeat': (p) => `repeats service "${s(p, 'service')}"`,
  'scenario-list': () => 'must be a list of scenarios',
  'never-covered': (p) => `has no covered time in the year after ${s(p, 'after')}: check its hours and closed dates`,
  'deadline-range': (p) => `leads past the last instant accepted (${s(p, 'max')}, the end of year 9999)`,
  'rule-array': (p) => `must return an array of dates for year ${s(p, 'year')} ${gotEn(p)}`,
  'rule-date': (p) => `returned ${s(p, 'got')} for year ${s(p, 'year')} at index ${s(p, 'index')}: not a date YYYY-MM-DD`,
  'rule-date-or-date': (p) => `returned ${s(p, 'got')} for year ${s(p, 'year')} at index ${s(p, 'index')}: not a date YYYY-MM-DD or a valid Date`,
  'rule-year': (p) => `returned ${s(p, 'day')} for year ${s(p, 'year')}: a rule must return dates of the year it is asked for`,
  'client-target': (p) => `must be { within?, due?, calendar?, byPriority? } ${gotEn(p)}`,
  'client-target-none': (p) => `sets a target for the ${s(p, 'kind')}, which the commitment does not have`,
  'client-target-key': () => 'is not a field of a client target (within, due, calendar, byPriority)',
  'client-list': (p) => `must be a list of { id, name?, gti?, gtr? } ${gotEn(p)}`,
  'client-terms': (p) => `must be { id, name?, gti?, gtr? } with an id ${gotEn(p)}`,
  'no-business-day': (p) => `has no business day in the three years after ${s(p, 'after')}: check its hours and closed dates`,
  'no-guarantee': () => 'has neither a gti nor a gtr to evaluate',
  'due-with-within': () => 'cannot be given with within: the deadline is either covered time or business days',
  'within-required': () => 'is required: the guaranteed time, e.g. "PT4H", or a due rule such as { businessDays: 2 }',
  'period-too-long': (p) => `is too long to measure exactly with weights of ${s(p, 'decimals')} decimals: use weights with fewer decimals or a shorter period`,
  'ms-finite': (p) => `must be a finite number of milliseconds ${gotEn(p)}`,
  'holiday-region': (p) => `must be "metropolitan" or "alsace-moselle" ${gotEn(p)}`,
  'date-ms': (p) => `must be epoch milliseconds a Date can hold ${gotEn(p)}`,
  'credit-sums': (p) => `× months × the largest credit (${s(p, 'minor')} minor units) exceeds 2^53: sums of credits would not be exact`,
  'preset-unknown': (p) => `is not a known preset ${gotEn(p)}; known: ${s(p, 'known')}`,
  'hb-pending': (p) => `is required: "down" or "up" ${gotEn(p)}`,
  'element-text': (p) => `must be a non-empty element name ${gotEn(p)}`,
  'years-range': () => 'is out of range (years 0000 to 9999)',
  'hb-list': (p) => `must be a list of heartbeats ${gotEn(p)}`,
  'hb-source': (p) => `must be a list of heartbeats, { heartbeats: [...] } or { heartbeatList: { "<monitor>": [...] } } ${gotEn(p)}`,
  'hb-earliest': (p) => `is ${s(p, 'time')}, before option earliest (${s(p, 'earliest')}): seconds given for milliseconds, or another field? Set earliest to read older beats`,
  'hb-after-asof': (p) => `is after option asOf (${s(p, 'asOf')}), the end of the data`,
  'number-or-string': (p) => `must be a number or a string ${gotEn(p)}`,
  'positive-duration': (p) => `must be a positive duration ${gotEn(p)}`,
  'prom-label-name': (p) => `must be a label name such as "instance" ${gotEn(p)}`,
  'prom-response': (p) => `must be a Prometheus API response { status, data } ${gotEn(p)}`,
  'prom-status': (p) => `is ${s(p, 'got')}, not "success"${s(p, 'error') ? `: ${s(p, 'error')}` : ''}`,
  'prom-matrix': (p) => `must be "matrix", the result of a range query (query_range), not ${s(p, 'got')}`,
  'prom-result': (p) => `must be a list of series ${gotEn(p)}`,
  'either-value': (p) => `must be ${s(p, 'first')} or ${s(p, 'second')} ${gotEn(p)}`,
  'sp-mapping': (p) => `must be an object mapping statuses to { impact, cause } or null ${gotEn(p)}`,
  'sp-mapping-entry': (p) => `must be null or { impact: ${s(p, 'impacts')}, cause?: ${s(p, 'causes')} } ${gotEn(p)}`,
  'sp-document': (p) =>
    `must be a Statuspage incidents.json: { incidents: [...] }, { scheduled_maintenances: [...] } or a list of incidents (got ${p.keys === undefined ? s(p, 'got') : `an object with keys ${s(p, 'keys') || 'none'}`})`,
  'csv-delimiter': (p) => `must be a non-empty text without quote or line break, e.g. ";" ${gotEn(p)}`,
  'csv-columns': (p) => `must be an object such as { start: 'début', end: 'fin' } ${gotEn(p)}`,
  'csv-column-key': (p) => `is not a column; the columns are ${s(p, 'columns')}`,
  'csv-column-name': (p) => `must be the name of a header column, e.g. "début" ${gotEn(p)}`,
  'csv-column-same': (p) => `names the same header column as columns.${s(p, 'other')} (${s(p, 'name')})`,
  'csv-input': (p) => `must be CSV text or bytes ${gotEn(p)}`,
  'csv-encoding': (p) => `must be "auto", "utf-8" or "windows-1252" (which reads Latin-1 too) ${gotEn(p)}`,
  'csv-not-utf8': (p) =>
    p.since === undefined
      ? `has a byte that is not UTF-8 (${s(p, 'byte')}), where option encoding: 'utf-8' allows no other: pass encoding: 'windows-1252' if the file is in Windows-1252, or 'auto' to let the reader choose`
      : `has a byte that is not UTF-8 (${s(p, 'byte')}), in a file read as UTF-8 from its first character beyond ASCII (line ${s(p, 'since')}): pass encoding: 'windows-1252' if the file is in Windows-1252, or save it as UTF-8 throughout`,
  'client-document': (p) => `must be a list of clients, or { clients: [...] } ${gotEn(p)}`,
  'client-list-text': (p) => `must be the text of a client list ${gotEn(p)}`,
  'client-format': (p) => `must be csv, json or yaml ${gotEn(p)}`,
  'currency-eur': (p) => `must be an ISO 4217 code such as EUR ${gotEn(p)}`,
  'gap-required': (p) => `is required: say what time without data counts as (${s(p, 'options')})`,
  'csv-text': (p) => `must be the CSV text ${gotEn(p)}`,
  'glpi-list': (p) => `must be a list of tickets or a search answer { data: [...] } ${gotEn(p)}`,
  'hb-status': (p) => `must be 0 (down), 1 (up), 2 (pending) or 3 (maintenance), or their names ${gotEn(p)}`,
  'json-text': (p) => `must be JSON text ${gotEn(p)}`,
  'json-syntax': (p) => `is not valid JSON${p.line !== undefined ? ` at line ${s(p, 'line')}, column ${s(p, 'column')}` : ''}: ${s(p, 'detail')}`,
  'yaml-text': (p) => `must be YAML text ${gotEn(p)}`,
  'yaml-syntax': (p) => `line ${s(p, 'line')}, column ${s(p, 'column')}: ${s(p, 'detail')}`,
  'yaml-alias': (p) => `${s(p, 'detail')} (at most ${s(p, 'max')} aliases are expanded)`,
  'yaml-split-number': (p) =>
    `line ${s(p, 'line')}, column ${s(p, 'column')}: a number written with a decimal comma, ${s(p, 'written')}, is split in two in a YAML { … } map (the number ${s(p, 'before')} and a key ${s(p, 'after')}); write ${s(p, 'before')}.${s(p, 'after')} or "${s(p, 'written')}"`,
  'spreadsheet-input': (p) => `must be the bytes of a spreadsheet file ${gotEn(p)}`,
  'spreadsheet-sheet-name': (p) => `must be a sheet's name ${gotEn(p)}`,
  'spreadsheet-binary': () => 'is an Excel file in the old binary format (.xls), or one protected by a password, which cannot be read: save it as .xlsx, .ods or CSV, without a password',
  'spreadsheet-kind': (p) =>
    p.zip === 'yes' ? `is a ZIP archive but not a spreadsheet (.ods or .xlsx)${s(p, 'kind') ? ` (${s(p, 'kind')})` : ''}` : 'is not a spreadsheet (.ods or .xlsx)',
  'spreadsheet-password': () => 'is protected by a password, which the reader cannot open: save a copy without one, or as CSV',
  'spreadsheet-damaged': (p) =>
    p.why === 'missing'
      ? `is damaged: its part ${s(p, 'part')} is missing`
      : p.why === 'xml'
        ? `is damaged: its part ${s(p, 'part')} is not well-formed XML (${s(p, 'detail')})`
        : `is a damaged archive (${s(p, 'detail')})`,
  'spreadsheet-no-sheet': () => 'holds no sheet',
  'spreadsheet-sheet': (p) => `${s(p, 'sheet')} is not a sheet of the file (its sheets: ${s(p, 'sheets')})`,
  'spreadsheet-size': (p) =>
    p.cells !== undefined ? `holds more than ${n(p, 'cells')} cells: save the sheet as CSV` : `is too large to read (its part ${s(p, 'part')} holds more than ${n(p, 'max')} bytes): save the sheet as CSV`,
  'csv-source': (p) => `must be CSV text, bytes or an iterable of chunks ${gotEn(p)}`,
  'csv-chunk': (p) => `must be text or bytes ${gotEn(p)}`,
  'csv-record-long': (p) =>
    `is longer than ${Number(p.max).toLocaleString('en')} bytes, the most a CSV record may hold: a client list has one short line per client (is it the right file?)`,
  'strict-skipped-row': (p) => `row skipped: ${strictWarning(p).reason ?? ''}`,
  'strict-not-evaluable': (p) => {
    const w = strictWarning(p)
    return `${w.id !== undefined ? `incident "${w.id}" ` : ''}has neither reportedAt nor detectedAt: its ${(w.guarantee ?? '').toUpperCase()} cannot be evaluated`
  },
  'strict-unknown-element': (p) => {
    const w = strictWarning(p)
    const incidents = (w.incidents ?? []).map((x) => (x.id !== undefined ? `incident "${x.id}"` : `incidents[${x.index}]`))
    return `"${w.element ?? ''}" is named by ${incidents.length === 1 ? incidents[0] : `${incidents.length} incidents (${fewEn(incidents)})`} but is not billed`
  },
  'strict-assumed-fee': (p) => `no fee of their own: billed at the offer's price: ${fewEn(strictWarning(p).elements ?? [])}`,
  'strict-unknown-fee': (p) => `fee unknown, so credit amounts are unknown: ${fewEn(strictWarning(p).elements ?? [])}`,
}

/** The first five of a list a strict warning names, and how many more. */
const fewEn = (list: readonly string[]): string => (list.length > 5 ? `${list.slice(0, 5).join(', ')} and ${list.length - 5} more` : list.join(', '))
