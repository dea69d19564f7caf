/**
 * "Did you mean …?": the known words nearest to a mistyped one. A person mistypes by a letter or two,
 * drops a suffix (`ovh-vps-2016-startr`) or writes a word in full where the data holds its code
 * (`France` for `FR`): each of these is a near word.
 */
import { present } from '../errors.js'

/** Edit distance (insertions, deletions, substitutions, and a swap of two neighbours counted as one). */
export function editDistance(a: string, b: string): number {
  // The table by rows, each cell written before it is read: the reads name the cells the loops filled.
  const width = b.length + 1
  const table: number[] = []
  const cell = (i: number, j: number) => present(table[i * width + j])
  for (let i = 0; i <= a.length; i++)
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        table.push(i + j)
        continue
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, cell(i - 2, j - 2) + 1)
      table.push(d)
    }
  return cell(a.length, b.length)
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
