/**
 * A schema field checked by one of the library's own readers, for the options of its functions: the
 * schema gives the option's type (its `z.input`), and the issues it reports are the reader's own, with the
 * same message, code and figures, so that the schema and the function word a bad option alike.
 */
import * as z from 'zod/mini'
import { IssueList } from '../errors.js'

/** A reader of one value: returns it, or adds issues under `path` and returns undefined. */
export type FieldReader = (value: unknown, path: string, issues: IssueList) => unknown

/**
 * A field of type `T` that accepts what `read` accepts and reports what it refuses, its code and figures
 * in the issue's params (where `wordedZodIssue` finds them). An issue the reader puts under a key of the
 * value keeps that key on its path.
 */
export function readField<T>(read: FieldReader) {
  return z.custom<T>().check(readerCheck(read))
}

/**
 * A field the type requires but the schema's shape lets be absent: the check of the whole object reads
 * it, with the fields beside it, and says it is missing in the reader's own words.
 */
export function checkedWithOthers<T>() {
  return z.optional(z.custom<T>()) as unknown as z.ZodMiniCustom<T, T>
}

/** The keys of a path as the readers write it (`[0].commitment.credit`), as zod keeps them. */
function pathKeys(path: string): PropertyKey[] {
  const keys: PropertyKey[] = []
  for (const [, index, key] of path.matchAll(/\[(\d+)\]|([^.[]+)/g)) keys.push(index === undefined ? (key as string) : Number(index))
  return keys
}

/** A check that runs `read` on the value and reports what it refuses, as {@link readField} does. */
export function readerCheck(read: FieldReader) {
  return z.check((payload) => {
    const issues = new IssueList()
    read(payload.value, '', issues)
    for (const issue of issues.issues)
      payload.issues.push({
        code: 'custom',
        input: payload.value,
        path: pathKeys(issue.path),
        message: issue.message,
        params: { code: issue.code, params: issue.params },
        // The other fields, and the checks of the object around, are still read: every problem is listed.
        continue: true,
      })
  })
}
