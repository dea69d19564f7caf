import { existsSync } from 'node:fs'
import { open, writeFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { type ParseArgsConfig } from 'node:util'
import { InputError, present } from '../errors.js'
import { readCommandLine, refuseConflicts, UsageError } from './args.js'
import { FileError } from './files.js'
import { type Context, type Output } from './commands.js'
import { COMMANDS } from './command-table.js'
import { commandHelp, mainHelp } from './help.js'
import { errorHeading, issueText, whereText } from './localise.js'
import { type CliLang, type CliMessages, cliMessages, langFromArgs, langFromEnv } from './messages.js'
import { nearest } from './suggest.js'
import { readZone } from './values.js'
import { Utf8Pieces } from '../report/json-bytes.js'
import { wrapLine } from '../report/wrap.js'

/** Where the program writes, and what it knows of its surroundings; the real process in use, fakes in tests. */
export interface Io {
  /** `write` returning false with `once('drain')` (a Node stream) makes a long report wait for the reader. */
  stdout: { write(text: string): unknown; once?(event: 'drain', listener: () => void): unknown; isTTY?: boolean; columns?: number }
  stderr: { write(text: string): unknown; isTTY?: boolean }
  /** Standard input, read for a file named `-`. */
  stdin?: AsyncIterable<string | Uint8Array>
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

/** Width of text tables when the output is not a terminal: what most terminals and pagers show. */
export const DEFAULT_WIDTH = 100

/** The format a file name asks for: `report.html` → html; undefined when the name says nothing. */
function formatOfName(file: string, command: string): Output['format'] | 'unknown' | undefined {
  switch (extname(file).toLowerCase()) {
    case '.html':
    case '.htm':
      return 'html'
    case '.md':
    case '.markdown':
      return 'markdown'
    case '.json':
      return 'json'
    case '.txt':
    case '.text':
      return 'text'
    case '.csv':
      return command === 'statement' ? 'credit-notes-csv' : 'unknown'
    case '':
      return undefined
    default:
      return 'unknown'
  }
}

/** The language of the messages: `--lang` when it names one, else the environment's. */
export function messageLanguage(argv: readonly string[], env: Record<string, string | undefined>): CliLang {
  const asked = langFromArgs(argv)
  return asked === 'fr' || asked === 'en' ? asked : langFromEnv(env)
}

/**
 * Runs the command line with `argv` (without `node` and the script) and returns the exit code: 0 done,
 * 1 bad input (every problem listed, with its file and line or path), 2 bad command line.
 */
export async function main(argv: readonly string[], io: Io, version = '0.0.0'): Promise<number> {
  const color = !!io.stdout.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb'
  const errColor = !!io.stderr.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb'
  const red = (s: string) => (errColor ? `\x1b[31m${s}\x1b[39m` : s)
  const yellow = (s: string) => (errColor ? `\x1b[33m${s}\x1b[39m` : s)
  const lang = messageLanguage(argv, io.env)
  const m: CliMessages = cliMessages(lang)
  const colon = lang === 'fr' ? '\u00a0:' : ':'
  let args = [...argv]
  if (args.length === 0) {
    // In the repository, with no arguments: the demonstration the README starts with.
    if (existsSync(`${io.cwd}/examples/offers/chatons-coop.yaml`) && existsSync(`${io.cwd}/examples/data/incidents-2026-03.json`))
      args = ['compare', '--offer', 'examples/offers/chatons-coop.yaml', '--with', 'ovh-vps-2016-starter', '--with', 'ovh-vps-2016-value', '--incidents', 'examples/data/incidents-2026-03.json', '--loss-per-hour', '50']
    else {
      io.stdout.write(mainHelp(lang))
      return 0
    }
  }
  // `matou --lang fr statement …`: the language may come first, as in most programs.
  const [first, second, third, ...more] = args
  if ((first === '--lang' || first === '-l') && second !== undefined && third !== undefined && !third.startsWith('-')) args = [third, first, second, ...more]
  // With no arguments, the demonstration or the help above.
  const name = present(args[0])
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version}\n`)
    return 0
  }
  if (name === '--help' || name === '-h' || name === 'help' || ((name === '--lang' || name === '-l') && args.length <= 3 && args.slice(2).every((a) => a === '--help' || a === '-h'))) {
    const topic = name === 'help' ? args.slice(1).find((a) => !a.startsWith('-') && a !== 'fr' && a !== 'en') : undefined
    io.stdout.write(topic && Object.hasOwn(COMMANDS, topic) ? commandHelp(topic, lang) : mainHelp(lang))
    return 0
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as keyof typeof COMMANDS] : undefined
  if (!command) {
    const near = nearest(name, Object.keys(COMMANDS), 2)
    io.stderr.write(`${red(`matou${colon}`)} ${m.unknownCommand(name)}${near.length ? `${m.sep}${m.didYouMean(near)}` : ''}\n\n${mainHelp(lang)}`)
    return 2
  }
  const usage = (message: string) => {
    io.stderr.write(`${red(`matou ${name}${colon}`)} ${message}\n${m.seeHelp(name)}\n`)
    return 2
  }
  let values: Record<string, unknown>
  let positionals: string[]
  let format: Output['format']
  let width: number | undefined
  let timeZone: string | undefined
  try {
    ;({ values, positionals } = readCommandLine(args.slice(1), { ...GLOBAL_OPTIONS, ...command.options }, m))
    if (values.help) {
      io.stdout.write(commandHelp(name, lang))
      return 0
    }
    if (values.lang !== undefined && !(LANGS as readonly string[]).includes(values.lang as string)) throw new UsageError(m.oneOf('--lang', LANGS, values.lang as string))
    const out = values.out as string | undefined
    const fromName = out === undefined || values.format !== undefined ? undefined : formatOfName(out, name)
    if (fromName === 'unknown' && out !== undefined) throw new UsageError(m.formatForOut(out))
    format = ((values.format as string | undefined) ?? fromName ?? 'text') as Output['format']
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(m.oneOf('--format', FORMATS, format))
    if (values['time-zone'] !== undefined) timeZone = readZone('--time-zone', values['time-zone'] as string, m)
    if (values['dates-time-zone'] !== undefined) readZone('--dates-time-zone', values['dates-time-zone'] as string, m)
    refuseConflicts(values, command.conflicts ?? [], m)
    if (!('positionals' in command && command.positionals) && positionals[0] !== undefined) throw new UsageError(m.unexpectedArgument(positionals[0]))
    // Tables fit the terminal; elsewhere (a pipe, a file) a width most terminals and pagers show.
    const columns = Number(io.env.COLUMNS)
    width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : Number.isSafeInteger(columns) && columns > 20 ? columns : DEFAULT_WIDTH
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message)
    throw error
  }
  const out = values.out as string | undefined
  let stdinRead = false
  const stdin = io.stdin
  const ctx: Context = {
    values,
    positionals,
    format,
    lang,
    m,
    ...(timeZone !== undefined && { timeZone }),
    ...(format === 'text' && { width }),
    color: color && out === undefined && format === 'text',
    cwd: io.cwd,
    // On a terminal a warning folds like the report's prose; to a pipe or a log file it stays one line, for grep.
    warn: (text: string) => {
      const folded = io.stderr.isTTY ? wrapLine(`${m.warning} ${text}`, width, '  ').slice(m.warning.length) : ` ${text}`
      io.stderr.write(`${yellow(m.warning)}${folded}\n`)
    },
    progress: io.stderr.isTTY ? (text: string) => io.stderr.write(`\r${text}\x1b[K`) : undefined,
    ...(io.now !== undefined && { now: io.now }),
    ...(stdin !== undefined && {
      stdin: async () => {
        if (stdinRead) throw new UsageError(m.stdinTwice)
        stdinRead = true
        const chunks: Buffer[] = []
        for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
        return Buffer.concat(chunks).toString('utf8')
      },
    }),
  }
  try {
    let text = await command.run(ctx)
    // Excel reads a CSV without a byte-order mark in the machine's old code page: "é" would show as "Ã©".
    if (format === 'credit-notes-csv' && lang === 'fr') text = withBom(text)
    if (out !== undefined) {
      try {
        if (typeof text === 'string') await writeFile(resolve(io.cwd, out), text)
        else await writeChunks(resolve(io.cwd, out), text)
      } catch (error) {
        io.stderr.write(`${red(`matou ${name}${colon}`)} ${m.cannotWrite(out, writeProblem(error, m))}\n`)
        return 1
      }
      io.stderr.write(`${m.wrote(out)}\n`)
    } else if (typeof text === 'string') io.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
    else {
      const stdout = io.stdout
      const ended = { last: '' }
      // A Node stream takes bytes: the report is encoded once, straight into the buffers written.
      const pieces = stdout instanceof Writable ? byteBatches(text, ended, true) : batched(text, ended)
      for (const piece of pieces) {
        // A pipe to a slower reader (gzip, a network) fills: waiting for it keeps the report out of memory,
        // where writing on would queue the whole of it in the stream's buffer.
        if (stdout.write(piece as string) === false && stdout.once) {
          const once = stdout.once.bind(stdout)
          await new Promise<void>((done) => once('drain', done))
        }
      }
      if (!ended.last.endsWith('\n')) io.stdout.write('\n')
    }
    return 0
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message)
    if (error instanceof FileError || error instanceof InputError) {
      const file = error instanceof FileError ? (error.file === '-' ? m.stdinName : error.file) : undefined
      const inner = error instanceof FileError ? error.inputError : error
      const locate = error instanceof FileError ? error.locate : undefined
      const head = errorHeading(inner, lang, m.inputRefused(file))
      io.stderr.write(`${red(`matou ${name}${colon}`)} ${head}${file && !head.includes(file) ? ` (${file})` : ''}\n`)
      for (const issue of inner.issues) {
        const where = locate ? locate(issue.path) : `${file ? `${file}${issue.path ? ' ' : ''}` : ''}${issue.path}`
        const located = locate && where !== issue.path
        // French puts a space before its colon: "offre.yaml : provider : …" would read as two labels.
        const prefix = located ? where : [file, issue.path].filter(Boolean).join(lang === 'fr' ? ', ' : ': ')
        io.stderr.write(`  ${prefix ? `${whereText(prefix, lang)}${colon} ` : ''}${issueText(issue, lang)}\n`)
      }
      return 1
    }
    throw error
  }
}

/** Pieces gathered into writes of about 64 kB: fewer system calls than one per element. */
function* batched(pieces: Iterable<string>, ended: { last: string }): Generator<string, void, undefined> {
  // `ended.last`: the last piece with text, whose end is the output's.
  let buffer = ''
  for (const p of pieces) {
    buffer += p
    if (p) ended.last = p
    if (buffer.length >= 65_536) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer) yield buffer
}

const BATCH = 65_536
const ROOM = 4 * BATCH

/**
 * Pieces encoded as UTF-8 into writes of about 64 kB. Each piece is encoded where it will be written:
 * gathered as text first, a report of a million incidents would be joined into strings, flattened, then
 * encoded, three copies of a gigabyte of JSON where one will do. A report that writes its own bytes (the
 * JSON statement) is taken as those bytes, never made into text. With `keep`, each write gets a copy of its
 * own: a stream may hold what it was given past its callback (a pipe not yet drained, a transform passing
 * it on), where the buffer is filled again. A piece too long for the buffer is encoded on its own.
 */
function* byteBatches(pieces: Iterable<string>, ended: { last: string }, keep: boolean): Generator<Buffer, void, undefined> {
  if (pieces instanceof Utf8Pieces) {
    for (const b of pieces.bytes()) {
      if (b.length === 0) continue
      // Only whether the output ends with a line break is read of the last piece.
      ended.last = b[b.length - 1] === 0x0a ? '\n' : ' '
      yield keep ? Buffer.from(b) : Buffer.from(b.buffer, b.byteOffset, b.length)
    }
    return
  }
  const buffer = Buffer.allocUnsafe(ROOM)
  let used = 0
  const flush = () => {
    const bytes = keep ? Buffer.from(buffer.subarray(0, used)) : buffer.subarray(0, used)
    used = 0
    return bytes
  }
  for (const p of pieces) {
    if (p) ended.last = p
    // At most three bytes of UTF-8 for a UTF-16 unit (a lone surrogate becomes U+FFFD, three bytes too).
    if (p.length * 3 > ROOM - used) {
      if (used > 0) yield flush()
      if (p.length * 3 > ROOM) {
        yield Buffer.from(p, 'utf8')
        continue
      }
    }
    used += buffer.write(p, used, 'utf8')
    if (used >= BATCH) yield flush()
  }
  if (used > 0) yield flush()
}

/** Writes pieces to a file as they come, so that the whole output is never held at once. */
async function writeChunks(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'w')
  try {
    // Each write is over before the next piece is encoded: one buffer does.
    for (const bytes of byteBatches(pieces, { last: '' }, false)) await file.write(bytes)
  } finally {
    await file.close()
  }
}

/** Why a file or stream could not be written, in a line a person can act on. */
export function writeProblem(error: unknown, m: CliMessages = cliMessages('en')): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
    case 'EISDIR':
    case 'ENOTDIR':
    case 'EACCES':
    case 'ENOSPC':
    case 'EROFS':
      return m.writeProblem[code]
    case 'EPERM':
      return m.writeProblem.EACCES
    default:
      return (error as Error | undefined)?.message ?? String(error)
  }
}

/** The text with a UTF-8 byte-order mark in front, whether it comes whole or in pieces. */
function withBom(text: string | Iterable<string>): string | Iterable<string> {
  if (typeof text === 'string') return text.startsWith('\uFEFF') ? text : `\uFEFF${text}`
  return (function* () {
    let first = true
    for (const piece of text) {
      yield first && !piece.startsWith('\uFEFF') ? `\uFEFF${piece}` : piece
      first = false
    }
    if (first) yield '\uFEFF'
  })()
}
