/**
 * "Did you mean …?": the known words nearest to a mistyped one. A person mistypes by a letter or two,
 * drops a suffix (`ovh-vps-2016-startr`) or writes a word in full where the data holds its code
 * (`France` for `FR`): each of these is a near word.
 */

/** Edit distance (insertions, deletions, substitutions, and a swap of two neighbours counted as one). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = d
    }
  return rows[a.length]![b.length]!
}

function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}

/**
 * The candidates nearest to `word`, best first, at most `max`: equal but for case and accents; then within
 * a third of the word's length in edits (at least 2); then a case-insensitive prefix either way
 * (`France` → `FR`, `ovh-vps` → `ovh-vps-2016-starter`). Empty when nothing is near.
 */
export function nearest(word: string, candidates: readonly string[], max = 3): string[] {
  const w = fold(word)
  if (w === '') return []
  const scored: { candidate: string; score: number }[] = []
  for (const candidate of new Set(candidates)) {
    const c = fold(candidate)
    if (c === '') continue
    if (c === w) scored.push({ candidate, score: 0 })
    else {
      const d = editDistance(w, c)
      if (d <= Math.max(2, Math.floor(w.length / 3))) scored.push({ candidate, score: d })
      else if (c.length >= 2 && (w.startsWith(c) || c.startsWith(w))) scored.push({ candidate, score: 100 + Math.abs(c.length - w.length) })
    }
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
  // Only the nearest: `startr` is one edit from `starter`, and `elite` five edits away is no suggestion.
  const best = scored[0]?.score ?? 0
  return scored
    .filter((s) => s.score <= best + 1)
    .slice(0, max)
    .map((s) => s.candidate)
}
