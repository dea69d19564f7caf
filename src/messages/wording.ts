import type { IssueParams } from '../errors.js'

/** How one kind of problem is worded from its figures. */
export type Wording = (p: IssueParams) => string

/** A figure of the issue, as text. */
export const s = (p: IssueParams, key: string): string => String(p[key] ?? '')

/** How `describe` words a value that is not written as it is, in French. */
const GOT_FR: Readonly<Record<string, string>> = { nothing: 'rien', 'a list': 'une liste', 'an object': 'un objet', 'an invalid Date': 'une Date invalide' }

/** A value a problem quotes (figure `got` unless named), in French: `rien`, `une liste`, or as written. */
export const gotFr = (p: IssueParams, key = 'got'): string => GOT_FR[s(p, key)] ?? s(p, key)

/** The expected types a `type` issue names (`string|number`), each worded from `names`. */
export const types = (p: IssueParams, names: Record<string, string>, or: string): string =>
  s(p, 'expected')
    .split('|')
    .map((t) => names[t] ?? t)
    .join(or)

/** The statement warning a strict refusal carries as JSON (figure `warning`); empty when it has none. */
export function strictWarning(p: IssueParams): {
  reason?: string
  code?: string
  params?: IssueParams
  guarantee?: string
  id?: string
  element?: string
  incidents?: { index: number; id?: string }[]
  elements?: string[]
} {
  try {
    const w: unknown = JSON.parse(s(p, 'warning'))
    return w !== null && typeof w === 'object' ? w : {}
  } catch {
    return {}
  }
}
