import { defineConfig } from 'vitest/config'

// Mutation testing runs the tests once per mutant. The end-to-end tests below build bundles, start
// browsers or processes, or sweep every time zone: they take most of the suite's time and reach the core
// through the same functions the unit tests call. They stay in `npm test`.
const slow = [
  'test/architecture/bundle-size.test.ts',
  'test/browser-safety.test.ts',
  'test/report/browser.test.ts',
  'test/hardening/cli.test.ts',
  'test/time/every-zone.test.ts',
  'test/io/csv-million.test.ts',
]

// MUTATION_TESTS=test/credits,test/commitment narrows the run to the tests of one stage, which keeps a
// file's run within minutes on a small machine. A mutant those tests kill is killed by the whole suite
// too, so a narrowed score is a lower bound of the real one.
const only = process.env.MUTATION_TESTS?.split(',').map((p) => p.trim()).filter(Boolean)

export default defineConfig({
  test: {
    include: only?.length ? only.map((p) => (p.endsWith('.ts') ? p : `${p.replace(/\/$/, '')}/**/*.test.ts`)) : ['test/**/*.test.ts'],
    exclude: [...slow, 'test/consumers/**', '**/node_modules/**'],
    pool: 'threads',
    // Stryker runs each test under a mutant with several workers on a small machine: a property test that
    // takes 2 s alone passes 5 s there, and a dry run that times out stops the whole run.
    testTimeout: 60_000,
    setupFiles: ['test/setup/views.ts'],
  },
})
