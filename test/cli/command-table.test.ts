/**
 * The help loaded before the command table: `guarantees` is a command whatever the order the modules are
 * first imported in (a loop `help.ts → guarantees.ts → commands.ts → guarantees.ts` once left it out).
 */
import { describe, expect, it } from 'vitest'
import { commandHelp } from '../../src/cli/help.js'
import { COMMANDS } from '../../src/cli/command-table.js'
import { run } from './run.js'

describe('the command table', () => {
  it('holds every command, guarantees included, when help.ts is imported first', () => {
    expect(commandHelp('guarantees', 'en')).toContain('guarantees')
    expect(Object.keys(COMMANDS)).toEqual(['statement', 'compare', 'budget', 'simulate', 'presets', 'catalogue', 'schema', 'guarantees'])
    // A command caught in the loop would be an entry left undefined: each must be one that can run.
    for (const command of Object.values(COMMANDS)) expect(typeof command.run).toBe('function')
  })

  it('runs `guarantees` rather than suggesting it', async () => {
    const r = await run(['guarantees', '--help'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).not.toMatch(/did you mean/)
    expect(r.stdout).toBe(commandHelp('guarantees', 'en'))
  })
})
