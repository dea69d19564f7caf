/**
 * The messages of the issues the schemas have no wording of their own for are zod's English, written out
 * in common.ts rather than loaded from zod's `en` locale: they must stay word for word the locale's.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { en } from 'zod/locales'
import { readableErrors, wordedZodIssue, zodEnglish } from '../../src/schema/common.js'
import { ENGLISH } from '../../src/messages/en.js'
import { FRENCH } from '../../src/messages/fr.js'

const locale = en().localeError
const english = (issue: z.core.$ZodRawIssue): string => {
  const m = locale(issue)
  return typeof m === 'string' ? m : (m?.message ?? 'Invalid input')
}

const origins = fc.constantFrom(undefined, 'number', 'bigint', 'date', 'string', 'array', 'set', 'map', 'file', 'int', 'value')
const bound = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true }), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }))
const text = fc.string({ maxLength: 12 })

/** Every kind of issue that reaches zod's wording, with any figures. */
const issues: fc.Arbitrary<z.core.$ZodRawIssue> = fc.oneof(
  fc.record({ code: fc.constantFrom('too_big', 'too_small'), origin: origins, bound, inclusive: fc.option(fc.boolean(), { nil: undefined }), exact: fc.option(fc.boolean(), { nil: undefined }) }).map(
    ({ code, bound, ...rest }) => ({ code, ...(code === 'too_big' ? { maximum: bound } : { minimum: bound }), ...rest, input: 0 }) as unknown as z.core.$ZodRawIssue,
  ),
  fc.oneof(
    fc.record({ format: fc.constant('starts_with'), prefix: text }),
    fc.record({ format: fc.constant('ends_with'), suffix: text }),
    fc.record({ format: fc.constant('includes'), includes: text }),
    fc.record({ format: fc.constant('regex'), pattern: fc.constantFrom('/^\\d{4}$/', '/^[a-z]+$/i') }),
  ).map((f) => ({ code: 'invalid_format', ...f, input: 'x' }) as unknown as z.core.$ZodRawIssue),
  fc.record({ code: fc.constantFrom('invalid_key', 'invalid_element'), origin: fc.constantFrom('map', 'record', 'set') }).map((i) => ({ ...i, input: {} }) as unknown as z.core.$ZodRawIssue),
  fc.record({ divisor: fc.oneof(fc.integer(), fc.double({ noNaN: true })) }).map((i) => ({ code: 'not_multiple_of', ...i, input: 1 }) as unknown as z.core.$ZodRawIssue),
  fc.constant({ code: 'custom', input: 1 } as z.core.$ZodRawIssue),
)

describe("zod's English, without its locale", () => {
  it('words every issue it is given as the en locale does', () => {
    fc.assert(
      fc.property(issues, (issue) => {
        expect(zodEnglish(issue)).toBe(english(issue))
      }),
      { numRuns: 2000 },
    )
  })

  it('carries the figures it is written from, so that the catalogues word it again in English, word for word, and in French', () => {
    fc.assert(
      fc.property(issues, (raw) => {
        const issue = { ...raw, message: zodEnglish(raw), path: [] } as unknown as z.core.$ZodIssue
        const worded = wordedZodIssue(issue)
        expect(worded.code).toBe('zod')
        expect(ENGLISH.zod!(worded.params)).toBe(worded.message)
        expect(FRENCH.zod!(worded.params)).not.toMatch(/Invalid|expected|must|Too /)
      }),
      { numRuns: 2000 },
    )
  })

  it('is what a schema check the library does not word gives, as the locale gives it', () => {
    // 3 not a multiple of 5, 3 items above a maximum of 2, "abc" against a pattern of digits. (A string too long
    // and a number out of its bounds are worded by the library itself: see their own wordings.)
    const cases: [z.ZodMiniType, unknown, string][] = [
      [z.number().check(z.multipleOf(5)), 3, 'Invalid number: must be a multiple of 5'],
      [z.array(z.number()).check(z.maxLength(2)), [1, 2, 3], 'Too big: expected array to have <=2 items'],
      [z.string().check(z.regex(/^\d+$/)), 'abc', 'Invalid string: must match pattern /^\\d+$/'],
    ]
    for (const [schema, input, message] of cases) {
      const own = schema.safeParse(input, { error: readableErrors })
      const zods = schema.safeParse(input, { error: locale })
      expect(own.error?.issues[0]?.message).toBe(message)
      expect(zods.error?.issues[0]?.message).toBe(message)
    }
  })
})
