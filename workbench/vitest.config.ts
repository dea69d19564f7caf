import { defineConfig } from 'vitest/config'

// The workbench's flows in a real browser, against the built page (`npm run workbench` first).
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
