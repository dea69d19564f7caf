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

  it('reads CSV text in memory (incidents, client lists) with no Node built-in and no Buffer', async () => {
    // The page reads dropped files with these readers: neither node:stream nor Node's global Buffer exists there.
    for (const file of ['../src/io/csv.ts', '../src/io/clients.ts', '../src/io/csv-records.ts']) {
      const result = await build({
        entryPoints: [fileURLToPath(new URL(file, import.meta.url))],
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        logLevel: 'silent',
      })
      expect(result.errors).toEqual([])
      const code = result.outputFiles[0]!.text
      // Only a call counts: the YAML parser names Buffer in comments and in a message.
      expect(code, file).not.toMatch(/\bBuffer\.\w+\(/)
      expect(code, file).not.toMatch(/from\s*["'](node:)?stream["']/)
    }
  })
})
