// Preloaded in a benchmark's child process (node --require): reports the process's peak RSS, in kB, on
// stderr as it exits, whatever the program did.
process.on('exit', () => process.stderr.write(`\nMAXRSS ${process.resourceUsage().maxRSS}\n`))
