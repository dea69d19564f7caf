// What a user can call is the curated surface of src/index.ts and src/io/index.ts. The internal ways of
// reading a value among other inputs (a `path` to prefix issues with, an `IssueList` to add them to)
// stay internal: a public function takes its input, and options in one object.
import { describe, expect, it } from 'vitest'
import { publicFunctions } from '../public-functions.js'

describe('public functions', () => {
  const functions = publicFunctions()

  // The type checker resolves every parameter of four entries: seconds on a loaded machine.
  it('take no issue path and no issue list', { timeout: 30_000 }, () => {
    const leaks: string[] = []
    for (const { name, declarations, checker } of functions)
      for (const declaration of declarations)
        for (const parameter of declaration.parameters) {
          const type = checker.typeToString(checker.getTypeAtLocation(parameter))
          const parameterName = parameter.name.getText()
          if (/^(path|issues)$/.test(parameterName) || /\bIssueList\b/.test(type)) leaks.push(`${name}(${parameterName}: ${type})`)
        }
    expect(leaks).toEqual([])
  })

  it('are found through the compiler, re-exports included', () => {
    const names = functions.map((f) => f.name)
    expect(names).toEqual(expect.arrayContaining(['monthlyStatement', 'parseCommitment', 'parseOffer', 'roundMoney', 'parseCsvIncidents']))
    expect(names).not.toContain('compileCommitment')
    expect(names).not.toContain('compileOffer')
  })
})
