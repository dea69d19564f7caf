import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The stages of the data flow, in order: a folder may import from the folders before it, never after.
// `errors.ts` and `decimal.ts` sit at the top and may be used by every stage; `index.ts` is the public
// surface and may import anything.
const STAGES = [
  'errors.ts',
  'messages',
  'decimal.ts',
  'time',
  'schema',
  'commitment',
  'incidents',
  'availability',
  'guarantees',
  'credits',
  'statement',
  'offers',
  'simulation',
  'report',
  'io',
  'cli',
  'index.ts',
] as const

// Folders that may use Node's built-ins: everything else must run in a browser as it is.
const NODE_FOLDERS = new Set(['io', 'cli'])

const SRC = resolve(__dirname, '../../src')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

/** The stage of a file: its first folder under src/, or its own name at the top. */
function stageOf(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0]!
}

const SPECIFIER = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function specifiers(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2])!)
}

const files = sources(SRC)
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))

describe('the layout of src/', () => {
  it('puts every file in a known stage', () => {
    const unknown = files.map(stageOf).filter((s) => !(STAGES as readonly string[]).includes(s))
    expect([...new Set(unknown)]).toEqual([])
  })

  it('has no import that points back up the data flow', () => {
    const backEdges: string[] = []
    for (const file of files) {
      const from = stageOf(file)
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue
        const to = stageOf(resolve(dirname(file), spec))
        if (to === from || from === 'index.ts') continue
        if (STAGES.indexOf(to as never) > STAGES.indexOf(from as never))
          backEdges.push(`${relative(SRC, file)} imports ${spec} (${from} → ${to})`)
      }
    }
    expect(backEdges).toEqual([])
  })

  it('uses Node built-ins only in io/ and cli/', () => {
    const offenders: string[] = []
    for (const file of files) {
      if (NODE_FOLDERS.has(stageOf(file))) continue
      for (const spec of specifiers(readFileSync(file, 'utf8')))
        if (NODE_BUILTINS.has(spec)) offenders.push(`${relative(SRC, file)} imports ${spec}`)
    }
    expect(offenders).toEqual([])
  })

  it('reads the imports it checks (the walk itself is not blind)', () => {
    const measure = readFileSync(join(SRC, 'availability/measure.ts'), 'utf8')
    expect(specifiers(measure)).toContain('../incidents/timeline.js')
    expect(files.length).toBeGreaterThan(50)
  })
})
