import { type CommitmentInput, type Source } from '../../../schema/commitment.js'

/** A source as a commitment or a preset carries it. */
export type SourceInput = NonNullable<CommitmentInput['source']>

/**
 * The long texts of a preset's source, kept apart from its terms so that a bundle that computes with the
 * presets does not carry them: the clause it encodes, quoted, and the notes on every reading made. Each
 * file here builds its texts in a pure-marked function, since a spread of shared notes at import would
 * count as a side effect and keep them in every bundle that reaches the file.
 */
export interface SourceTexts {
  readonly clause?: string
  readonly notes: readonly string[]
  /** The notes in French, one for each English note and in the same order; a French report writes them. */
  readonly notesFr?: readonly string[]
  /** The order of the fields of the whole source, when it was not the schema's; the JSON of a preset keeps it. */
  readonly order?: readonly (keyof Source)[]
}

/** The fields of a source in the order of the schema, which most presets were written in. */
const SCHEMA_ORDER: readonly (keyof Source)[] = ['title', 'url', 'date', 'clause', 'language', 'verified', 'confidence', 'historical', 'notes']

/**
 * A short source and its texts as one source, its fields in the order the preset was written in, or in the
 * schema's for a source that went through it (an offer's, a commitment's); the notes in French for `fr`
 * where they were written.
 */
export function joinSource(short: SourceInput, texts: SourceTexts, order: 'written' | 'schema', lang: 'en' | 'fr' = 'en'): SourceInput {
  const notes = lang === 'fr' && texts.notesFr !== undefined ? texts.notesFr : texts.notes
  const all: Record<string, unknown> = { ...short, ...(texts.clause !== undefined && { clause: texts.clause }), notes }
  const joined: Record<string, unknown> = {}
  for (const key of (order === 'written' ? texts.order : undefined) ?? SCHEMA_ORDER) if (all[key] !== undefined) joined[key] = all[key]
  // A field the order does not name yet still comes through, last.
  for (const [key, value] of Object.entries(all)) if (!(key in joined)) joined[key] = value
  return joined as SourceInput
}
