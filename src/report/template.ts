/**
 * A sentence of the report's wording cut at its arguments, so that a writer of a million lines can join
 * the words around them once rather than once a line. The wording stays where it is (src/report/i18n.ts):
 * the sentence is written once with a mark in place of each argument, and read back in pieces.
 */

// Private-use characters: no wording holds them, and a mark is found only where an argument was put.
// Its letters in both cases, so that an argument put in upper or lower case is not found as given.
const OPEN = '\ue000xX'
const CLOSE = '\ue001'

/**
 * The words of `write(args)` around the arguments named in `names`, in that order: `pieces[0]`, then the
 * first argument, `pieces[1]`, the second, …, `pieces[names.length]`. Null when the sentence does not hold
 * each of them once, as it is given, in that order (an argument it tests, changes, repeats or moves, as
 * another language may): the caller then writes the sentence itself, every time.
 *
 * @example
 * cutSentence((a) => `from ${a.start} to ${a.end}`, { start: '', end: '' }, ['start', 'end'])
 * // ['from ', ' to ', '']
 */
export function cutSentence<A extends object, K extends keyof A>(write: (args: A) => string, args: A, names: readonly K[]): string[] | null {
  const marked = { ...args }
  names.forEach((name, k) => {
    ;(marked as Record<K, unknown>)[name] = `${OPEN}${k}${CLOSE}`
  })
  const text = write(marked)
  const pieces: string[] = []
  let from = 0
  for (let k = 0; k < names.length; k++) {
    const mark = `${OPEN}${k}${CLOSE}`
    const at = text.indexOf(mark, from)
    if (at < 0) return null
    pieces.push(text.slice(from, at))
    from = at + mark.length
  }
  pieces.push(text.slice(from))
  // Each piece is wording only: a mark left in one is an argument written twice or out of order.
  return pieces.some((p) => p.includes('\ue000')) ? null : pieces
}

/**
 * The same text, made one piece if it was several. A string joined from others is kept as a tree of its
 * parts until something reads it; one joined again into a million lines would have its tree walked again
 * in each. Read once here, it is one piece from then on.
 */
export function flattened(text: string): string {
  text.charCodeAt(0)
  return text
}
