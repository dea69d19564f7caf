import { parseArgs, type ParseArgsConfig } from 'node:util'
import { type CliMessages } from './messages.js'
import { nearest } from './suggest.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** A mistake in how the command was called (exit code 2), as opposed to bad input (exit code 1). */
export class UsageError extends Error {}

/** The options and arguments of a command line, checked. */
export interface CommandLine {
  values: Record<string, unknown>
  positionals: string[]
}

function flagOf(name: string): string {
  return `--${name}`
}

/**
 * Reads a command's arguments, and refuses what `node:util`'s parser would take silently or word in
 * English: an unknown option (with the nearest known ones), an option without its value, a value given
 * to a switch, and an option that takes one value given twice (`--offer a --offer b`: which one was
 * meant?).
 */
export function readCommandLine(args: readonly string[], options: Options, m: CliMessages): CommandLine {
  const { values, positionals, tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true })
  const seen = new Map<string, string[]>()
  const known = Object.keys(options).map(flagOf)
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const option = options[token.name]
    const flag = token.rawName
    if (!option) {
      const near = nearest(token.rawName.startsWith('--') ? token.rawName : `--${token.name}`, known)
      throw new UsageError(`${m.unknownOption(flag)}${near.length ? `${m.sep}${m.didYouMean(near)}` : ''}`)
    }
    if (option.type === 'string') {
      if (token.value === undefined) throw new UsageError(m.missingValue(flag))
      // `--offer --incidents log.csv`: the value forgotten, the next option taken in its place.
      if (!token.inlineValue && /^--?[A-Za-z]/.test(token.value) && (known.includes(token.value.replace(/=[\s\S]*/, '')) || /^-[A-Za-z]$/.test(token.value)))
        throw new UsageError(m.valueLooksLikeOption(flag, token.value))
      if (!option.multiple) seen.set(token.name, [...(seen.get(token.name) ?? []), token.value])
    } else if (token.value !== undefined) throw new UsageError(m.noValueExpected(flag))
  }
  for (const [name, given] of seen) if (given.length > 1) throw new UsageError(m.repeated(flagOf(name), given))
  return { values: values as Record<string, unknown>, positionals }
}

/** Refuses options given together that contradict each other: `--offer X --commitment Y`. */
export function refuseConflicts(values: Record<string, unknown>, pairs: readonly (readonly [string, string])[], m: CliMessages): void {
  for (const [a, b] of pairs) if (values[a] !== undefined && values[b] !== undefined) throw new UsageError(m.conflict(flagOf(a), flagOf(b)))
}
