import { type Source } from '../../schema/commitment.js'

/** How sure a preset is of its figures: see {@link sourceConfidence}. */
export type Confidence = 'verified' | 'partly' | 'assumed'

/**
 * How sure a source is: `verified` when every figure and clause encoded was checked against the provider's
 * own text at the recorded address and version date; `partly` when only some were (the notes say which);
 * `assumed` when the figures come from a secondary copy, a third party's quotation or an assumption. A
 * source that says nothing is `assumed`: nothing vouches for it.
 *
 * @example
 * sourceConfidence({ title: 'Scaleway SLA', verified: true })            // 'verified'
 * sourceConfidence({ title: 'Azure SLA', verified: false, confidence: 'partly' }) // 'partly'
 * sourceConfidence({ title: 'A forum post' })                             // 'assumed'
 */
export function sourceConfidence(source: Pick<Source, 'verified' | 'confidence'> & { readonly title?: string }): Confidence {
  if (source.confidence !== undefined) return source.confidence
  return source.verified === true ? 'verified' : 'assumed'
}
