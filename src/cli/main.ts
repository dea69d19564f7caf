import { existsSync } from 'node:fs'
import { open, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { InputError } from '../errors.js'
import { FileError } from './files.js'
import { COMMANDS, type Context, type Output, UsageError } from './commands.js'
import { commandHelp, mainHelp } from './help.js'

/** Where the program writes, and what it knows of its surroundings; the real process in use, fakes in tests. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown; isTTY?: boolean }
  cwd: string
  env: Record<string, string | undefined>
  /** The current instant, in epoch ms; default the system clock. */
  now?: () => number
}

const GLOBAL_OPTIONS = {
  format: { type: 'string', short: 'f' },
  lang: { type: 'string', short: 'l' },
  'time-zone': { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options']

const FORMATS = ['text', 'markdown', 'json', 'html', 'credit-notes-csv'] as const
const LANGS = ['fr', 'en'] as const

/**
 * Runs the command line with `argv` (without `node` and the script) and returns the exit code: 0 done,
 * 1 bad input (every problem listed, with its file and path), 2 usage.
 */
export async function main(argv: readonly string[], io: Io, version = '0.0.0'): Promise<number> {
  const color = !!io.stdout.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb'
  const errColor = !!io.stderr.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb'
  const red = (s: string) => (errColor ? `\x1b[31m${s}\x1b[39m` : s)
  const yellow = (s: string) => (errColor ? `\x1b[33m${s}\x1b[39m` : s)
  let args = [...argv]
  if (args.length === 0) {
    // In the repository, with no arguments: the demonstration the README starts with.
    if (existsSync(`${io.cwd}/examples/offers/chatons-coop.yaml`) && existsSync(`${io.cwd}/examples/data/incidents-2026-03.json`))
      args = ['compare', '--offer', 'examples/offers/chatons-coop.yaml', '--with', 'ovh-vps-2016-starter', '--with', 'ovh-vps-2016-value', '--incidents', 'examples/data/incidents-2026-03.json', '--loss-per-hour', '50']
    else {
      io.stdout.write(mainHelp())
      return 0
    }
  }
  const name = args[0]!
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version}\n`)
    return 0
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = args[1]
    io.stdout.write(topic && Object.hasOwn(COMMANDS, topic) ? commandHelp(topic as keyof typeof COMMANDS) : mainHelp())
    return 0
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as keyof typeof COMMANDS] : undefined
  if (!command) {
    io.stderr.write(`${red('matou: unknown command')} "${name}"\n\n${mainHelp()}`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: args.slice(1),
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    io.stderr.write(`${red(`matou ${name}:`)} ${(error as Error).message}\nSee: matou ${name} --help\n`)
    return 2
  }
  const values = parsed.values as Record<string, unknown>
  if (values.help) {
    io.stdout.write(commandHelp(name as keyof typeof COMMANDS))
    return 0
  }
  const format = (values.format as string | undefined) ?? 'text'
  const lang = (values.lang as string | undefined) ?? (io.env.LANG?.startsWith('fr') ? 'fr' : 'en')
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.stderr.write(`${red(`matou ${name}:`)} --format must be one of ${FORMATS.join(', ')} (got "${format}")\n`)
    return 2
  }
  if (!(LANGS as readonly string[]).includes(lang)) {
    io.stderr.write(`${red(`matou ${name}:`)} --lang must be fr or en (got "${lang}")\n`)
    return 2
  }
  const out = values.out as string | undefined
  const ctx: Context = {
    values,
    positionals: parsed.positionals,
    format: format as Output['format'],
    lang: lang as Output['lang'],
    ...(values['time-zone'] !== undefined && { timeZone: values['time-zone'] as string }),
    color: color && out === undefined && format === 'text',
    cwd: io.cwd,
    warn: (text: string) => io.stderr.write(`${yellow('warning:')} ${text}\n`),
    progress: io.stderr.isTTY ? (text: string) => io.stderr.write(`\r${text}\x1b[K`) : undefined,
    ...(io.now !== undefined && { now: io.now }),
  }
  try {
    const text = await command.run(ctx)
    if (out !== undefined) {
      try {
        if (typeof text === 'string') await writeFile(resolve(io.cwd, out), text)
        else await writeChunks(resolve(io.cwd, out), text)
      } catch (error) {
        io.stderr.write(`${red(`matou ${name}:`)} cannot write ${out}: ${writeProblem(error)}\n`)
        return 1
      }
      io.stderr.write(`wrote ${out}\n`)
    } else if (typeof text === 'string') io.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
    else {
      let last = ''
      for (const piece of batched(text)) {
        io.stdout.write(piece)
        last = piece
      }
      if (!last.endsWith('\n')) io.stdout.write('\n')
    }
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${red(`matou ${name}:`)} ${error.message}\nSee: matou ${name} --help\n`)
      return 2
    }
    if (error instanceof FileError || error instanceof InputError) {
      const file = error instanceof FileError ? error.file : undefined
      const inner = error instanceof FileError ? error.inputError : error
      const head = inner.message.split('\n')[0]!.replace(/:$/, '')
      io.stderr.write(`${red(`matou ${name}:`)} ${head}${file && !head.includes(file) ? ` (${file})` : ''}\n`)
      for (const issue of inner.issues) io.stderr.write(`  ${file ? `${file}: ` : ''}${issue.path ? `${issue.path}: ` : ''}${issue.message}\n`)
      return 1
    }
    throw error
  }
}

/** Pieces gathered into writes of about 64 kB: fewer system calls than one per element. */
function* batched(pieces: Iterable<string>): Generator<string, void, undefined> {
  let buffer = ''
  for (const p of pieces) {
    buffer += p
    if (buffer.length >= 65_536) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer) yield buffer
}

/** Writes pieces to a file as they come, so that the whole output is never held at once. */
async function writeChunks(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'w')
  try {
    for (const piece of batched(pieces)) await file.write(piece)
  } finally {
    await file.close()
  }
}

/** Why a file or stream could not be written, in a line a person can act on. */
export function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist'
    case 'EISDIR':
      return 'it is a folder'
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOSPC':
      return 'no space left on the device'
    case 'EROFS':
      return 'the file system is read-only'
    default:
      return (error as Error | undefined)?.message ?? String(error)
  }
}
