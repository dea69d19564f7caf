import { main } from './main.js'

declare const MATOU_VERSION: string

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
