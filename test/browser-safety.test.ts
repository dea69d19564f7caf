import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

describe('the core runs in a browser', () => {
  it('bundles for the browser with no Node built-in', async () => {
    // esbuild refuses to resolve `node:fs` and friends for the browser platform: any Node built-in
    // reached from the main entry fails this build.
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    })
    expect(result.errors).toEqual([])
    const code = result.outputFiles[0]!.text
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path|stream|util|child_process)["']\)/)
  })
})
