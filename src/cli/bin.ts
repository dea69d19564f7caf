import { main, writeProblem } from './main.js'

declare const MATOU_VERSION: string

// A reader that stops early (`matou statement … | head -1`) closes the pipe: end quietly with the code
// the work had, as other command-line tools do. Any other failure to write (a full device) is one line.
for (const [stream, name] of [
  [process.stdout, 'standard output'],
  [process.stderr, 'standard error'],
] as const) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
    if (stream !== process.stderr) process.stderr.write(`matou: cannot write to ${name}: ${writeProblem(error)}\n`)
    process.exit(1)
  })
}

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }, typeof MATOU_VERSION === 'string' ? MATOU_VERSION : '0.0.0').then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A bug, not bad input: say so plainly, with the stack for the report.
    process.stderr.write(`matou: internal error, please report it:\n${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 70
  },
)
