// @ts-check
/**
 * Mutation testing of the core: the files where a wrong figure (a band, a credit, a period, a downtime)
 * would ship with a green suite. One file at a time is the practical way on a small machine:
 *   npm run mutation -- --mutate src/commitment/tiers.ts
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/commitment/tiers.ts',
    'src/credits/credit.ts',
    'src/credits/money.ts',
    'src/time/period.ts',
    'src/availability/measure.ts',
    'src/incidents/timeline.ts',
    'src/commitment/commitment.ts',
    'src/guarantees/evaluate.ts',
    'src/guarantees/clock.ts',
    'src/guarantees/update-clock.ts',
    'src/guarantees/columns.ts',
    'src/guarantees/compliance.ts',
    'src/time/calendar.ts',
    'src/time/coverage.ts',
    'src/time/weekly-hours.ts',
    'src/time/closed-dates.ts',
  ],
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
