/**
 * Every problem the library raises carries a code, so that `formatIssue(issue, 'fr')` can word it in
 * French: an issue without one reaches a French reader in English. The test reads src/ as source text and
 * lists the `issues.add(path, message)` calls and the `new InputError([{ path, message }])` issues that
 * give no code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')

// The IssueList variables of src/ (`const issues = new IssueList()`, and the two local lists).
const LISTS = /(^|\.)(issues|local|shape)$/

/** `file:line` of every issue raised without a code in `text`. */
export function codeless(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const at = (n: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`
  const insideInputError = (n: ts.Node): boolean => {
    for (let p = n.parent; p; p = p.parent) {
      if (ts.isNewExpression(p)) return p.expression.getText() === 'InputError'
      if (ts.isFunctionLike(p) && !ts.isArrowFunction(p)) return false
    }
    return false
  }
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'add' && LISTS.test(n.expression.expression.getText()) && n.arguments.length < 3)
      found.push(at(n))
    if (ts.isObjectLiteralExpression(n)) {
      const names = new Set(n.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : '')))
      if (names.has('path') && names.has('message') && !names.has('code') && insideInputError(n)) found.push(at(n))
    }
    ts.forEachChild(n, visit)
  }
  visit(source)
  return found
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

// The files that still raise problems without a code, with how many, and why. The counts are exact, so
// that a file given its codes leaves the list and a new code-less problem anywhere fails the test.
const STILL_ENGLISH: Record<string, { count: number; why: string }> = {}

describe('problems with a code', () => {
  it('finds a code-less issue, so that the check below can fail', () => {
    const text = "const issues = new IssueList()\nissues.add('asOf', 'is required')\nissues.add('x', 'y', 'code')\nthrow new InputError([{ path: 'a', message: 'b' }, { path: 'c', message: 'd', code: 'e' }])\n"
    expect(codeless('x.ts', text)).toEqual(['x.ts:2', 'x.ts:4'])
  })

  it('are raised everywhere in src/ but in the files listed, each with its reason', () => {
    const counts: Record<string, number> = {}
    for (const path of sources(join(ROOT, 'src'))) {
      const file = relative(ROOT, path).split('\\').join('/')
      const n = codeless(file, readFileSync(path, 'utf8')).length
      if (n) counts[file] = n
    }
    expect(counts).toEqual(Object.fromEntries(Object.entries(STILL_ENGLISH).map(([file, { count }]) => [file, count])))
    // Every file of src/ parsed as TypeScript: seconds on a loaded machine, past the default limit.
  }, 60_000)
})
