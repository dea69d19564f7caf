import { describe, expect, it } from 'vitest'
// The command line first: help.ts reaches commands.ts through guarantees.ts, a cycle that leaves the guarantees
// command out of the table when help.ts is loaded first.
import { run } from './run.js'
import { commandHelp } from '../../src/cli/help.js'
import { cliMessages } from '../../src/cli/messages.js'
import { messagesFor } from '../../src/report/i18n.js'

// French prose writes the typographic apostrophe (l’offre); a straight one is kept only where the user types
// it, in the examples of a shell command. A preset is one word in French everywhere: « modèle ».

const COMMANDS = ['main', 'statement', 'compare', 'budget', 'simulate', 'presets', 'catalogue', 'schema', 'guarantees']

/** The straight apostrophes between two letters of a text, outside the lines that are commands to type. */
function straightApostrophes(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('matou '))
    .flatMap((line) => [...line.matchAll(/\p{L}'\p{L}/gu)].map((m) => `${m[0]} in “${line.trim()}”`))
}

/** Every string a message catalogue holds, each function called with placeholder arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') {
    const args = Array.from({ length: Math.max(value.length, 3) }, () => 'X')
    for (const call of [args, [['X'], ['X'], ['X']]])
      try {
        return strings((value as (...a: unknown[]) => unknown)(...call))
      } catch {
        // A message that needs an object of its own (a figure, a record) is left to the tests of its report.
      }
    return []
  }
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

describe('French help and messages', () => {
  it('the French help of every command has no straight apostrophe in its prose', async () => {
    for (const name of COMMANDS) {
      expect([name, straightApostrophes(commandHelp(name, 'fr'))]).toEqual([name, []])
      if (name !== 'main') {
        const r = await run([name, '--help'], { env: { LANG: 'fr_FR.UTF-8' } })
        expect([name, r.stdout, r.stderr]).toEqual([name, commandHelp(name, 'fr'), ''])
      }
    }
    // The check finds one where there is one.
    expect(straightApostrophes("l'offre\n  matou statement --where 'gti<=4h'")).toEqual(['l\'o in “l\'offre”'])
  })

  it('the command line’s French messages and the reports’ French words have no straight apostrophe', () => {
    const cli = strings(cliMessages('fr')).filter((s) => !s.startsWith('matou '))
    expect(cli.length).toBeGreaterThan(50)
    expect(cli.flatMap(straightApostrophes)).toEqual([])
    expect(strings(messagesFor('fr')).flatMap(straightApostrophes)).toEqual([])
  })

  it('a preset is « modèle » in every French help, message and report title', () => {
    const all = [...COMMANDS.map((n) => commandHelp(n, 'fr')), ...strings(cliMessages('fr')), ...strings(messagesFor('fr'))].join('\n')
    expect(all).not.toMatch(/préréglage/i)
    // Each command that takes a preset names it MODÈLE where it takes a file or a preset.
    for (const name of ['statement', 'budget', 'guarantees']) expect([name, commandHelp(name, 'fr')]).toEqual([name, expect.stringContaining('FICHIER|MODÈLE')])
    expect(messagesFor('fr').preset.listTitle).toMatch(/^Modèles/)
  })
})
