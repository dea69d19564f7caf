import { fileURLToPath } from 'node:url'
import { type Io, main } from '../../src/cli/main.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))

/** Runs the command line as a person would, without a terminal: what it printed and its exit code. */
export async function run(args: readonly string[], options: { env?: Record<string, string>; stdin?: string; tty?: boolean; columns?: number; cwd?: string; stderrTty?: boolean } = {}) {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false, ...(options.columns !== undefined && { columns: options.columns }) },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.stderrTty ?? false },
    cwd: options.cwd ?? root,
    env: options.env ?? { LANG: 'en_GB.UTF-8' },
    ...(options.stdin !== undefined && { stdin: (async function* () { yield options.stdin! })() }),
  }
  const code = await main(args, io, '9.9.9')
  return { code, stdout, stderr }
}
