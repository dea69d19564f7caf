import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string }

// tsup passes baseUrl to the declaration build, which TypeScript 6 flags as deprecated. Members marked
// @internal (exact integer forms the stages share) stay out of the published declarations.
const dts = { compilerOptions: { ignoreDeprecations: '6.0', stripInternal: true } }

// The core (no Node built-ins, so that it runs in a browser as it is), the renderers, the presets' quoted
// clauses and notes, the French wordings of problems, the JSON Schemas of the file formats, the Monte Carlo
// of credit costs, and the readers of real-world files (which stream with Node).
const entry = {
  index: 'src/index.ts',
  report: 'src/report/index.ts',
  'preset-sources': 'src/offers/presets/sources/index.ts',
  messages: 'src/messages/index.ts',
  'json-schema': 'src/schema/json-schema.ts',
  simulation: 'src/simulation/index.ts',
  io: 'src/io/index.ts',
}

export default defineConfig([
  {
    // The ES modules are published one file per source module, as the sources are: a bundler that
    // imports `monthPeriod` then takes the few modules it reaches and leaves the rest, with the packages
    // they import. Bundled into chunks, each chunk imported decimal.js for the others' sake, and a
    // package without "sideEffects": false stays in a bundle once imported: `monthPeriod` weighed 15 kB
    // from the package against 2 kB from the sources. Every entry shares the same modules, so an
    // InputError thrown by a reader is the InputError class of the core.
    entry: ['src/**/*.ts', '!src/cli/**'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    // Each entry keeps its published name (dist/index.js, dist/io.js, …) as a one-line module.
    async onSuccess() {
      mkdirSync('dist', { recursive: true })
      for (const [name, source] of Object.entries(entry))
        writeFileSync(`dist/${name}.js`, `export * from './esm/${source.replace(/^src\//, '').replace(/\.ts$/, '.js')}'\n`)
    },
  },
  {
    // The declarations, bundled per entry for both kinds of module (dist/index.d.ts, dist/index.d.cts, …).
    entry,
    format: ['esm', 'cjs'],
    dts: { ...dts, only: true },
    target: 'es2022',
  },
  {
    // CommonJS, bundled, with chunks shared between the entries so that the InputError class is one.
    entry,
    format: ['cjs'],
    sourcemap: true,
    target: 'es2022',
    platform: 'node',
    splitting: true,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
    define: { MATOU_VERSION: JSON.stringify(version) },
  },
])
