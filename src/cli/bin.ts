import { main, messageLanguage, writeProblem } from './main.js'
import { cliMessages } from './messages.js'

declare const MATOU_VERSION: string

const argv = process.argv.slice(2)
// Standard input is opened only when a file named `-` is read: opened, it would keep the program waiting.
const m = cliMessages(messageLanguage(argv, process.env))

// A reader that stops early (`matou statement … | head -1`) closes the pipe: end quietly with the code
// the work had, as other command-line tools do. Any other failure to write (a full device) is one line.
for (const [stream, name] of [
  [process.stdout, 'stdout'],
  [process.stderr, 'stderr'],
] as const) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
    if (stream !== process.stderr) process.stderr.write(`matou: ${m.cannotWriteStream(name, writeProblem(error, m))}\n`)
    process.exit(1)
  })
}

main(argv, { stdout: process.stdout, stderr: process.stderr, stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() }, cwd: process.cwd(), env: process.env }, typeof MATOU_VERSION === 'string' ? MATOU_VERSION : '0.0.0').then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A bug, not bad input: say so plainly, with the stack for the report.
    process.stderr.write(`matou: ${m.internalError}\n${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 70
  },
)
