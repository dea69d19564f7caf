import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string }

// tsup passes baseUrl to the declaration build, which TypeScript 6 flags as deprecated. Members marked
// @internal (exact integer forms the stages share) stay out of the published declarations.
const dts = { compilerOptions: { ignoreDeprecations: '6.0', stripInternal: true } }

export default defineConfig([
  {
    // The core (no Node built-ins, so that it runs in a browser as it is), the renderers, the presets'
    // quoted clauses and notes, the French wordings of problems, the JSON Schemas of the file formats, the
    // Monte Carlo of credit costs, and the readers of real-world files (which stream with Node). Built
    // together with shared chunks, so that an InputError thrown by a reader is the InputError class of the
    // core.
    entry: {
      index: 'src/index.ts',
      report: 'src/report/index.ts',
      'preset-sources': 'src/offers/presets/sources/index.ts',
      messages: 'src/messages/index.ts',
      'json-schema': 'src/schema/json-schema.ts',
      simulation: 'src/simulation/index.ts',
      io: 'src/io/index.ts',
    },
    format: ['esm', 'cjs'],
    dts,
    sourcemap: true,
    clean: true,
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
