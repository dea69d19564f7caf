import { readFileSync } from 'node:fs'

/** Reads a JSON file of test/fixtures/peers (copied from the shared peers data, with its README). */
export function peer<T = any>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/peers/${path}`, import.meta.url), 'utf8')) as T
}
