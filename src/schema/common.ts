import { z } from 'zod'
import { type InputIssue } from '../errors.js'

/** A decimal as written in a file: a string such as "99.5" (preferred, exact) or a number. */
export const decimalText = z
  .union([z.string(), z.number()])
  .describe('A decimal number; write it as a string such as "99.5" to keep it exact.')

/** A fixed-length ISO-8601 duration such as "PT4H", or whole milliseconds. */
export const durationText = z
  .union([z.string(), z.number().int().nonnegative()])
  .describe('An ISO-8601 duration of fixed length such as "PT4H" or "PT43M12S", or whole milliseconds.')

/** An instant: an ISO-8601 string with an offset, or a Date, or epoch milliseconds. */
export const instantText = z
  .union([z.string(), z.date(), z.number().int()])
  .describe('An ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z".')

/** Where a preset or a term comes from. */
export const sourceSchema = z
  .object({
    title: z.string().describe('Name of the document the terms come from.'),
    url: z.string().optional().describe('Where the document can be read.'),
    date: z.string().optional().describe('Date or version of the terms.'),
    clause: z.string().optional().describe('The clause quoted as written, in its own language.'),
    language: z.string().optional().describe('Language of the quoted clause, e.g. "fr".'),
    verified: z.boolean().optional().describe('False where the figures come from a secondary copy rather than the provider.'),
    historical: z.boolean().optional().describe('True for terms no longer offered.'),
    notes: z.array(z.string()).optional().describe('How the terms were read where they are silent or ambiguous.'),
  })
  .describe('Where the terms come from.')

/** Writes a zod issue path the way this library writes paths: `credit.tiers[1].below`. */
export function formatZodPath(base: string, path: readonly PropertyKey[]): string {
  let out = base
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out = out ? `${out}.${String(key)}` : String(key)
  }
  return out
}

/** Turns zod's issues into this library's issues, with readable messages. */
export function fromZodIssues(base: string, issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = []
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && 'errors' in issue && Array.isArray(issue.errors) && issue.errors.length > 0) {
      // A union reports one list per branch; the branch that got furthest says the most.
      const best = [...(issue.errors as z.core.$ZodIssue[][])].sort((a, b) => depth(b) - depth(a))[0]!
      if (depth(best) > 0) {
        out.push(...fromZodIssues(formatZodPath(base, issue.path), best))
        continue
      }
    }
    out.push({ path: formatZodPath(base, issue.path), message: issue.message })
  }
  return out
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length))
}
