// Every public function shows how it is called in an `@example`, and every example runs: the snippets
// are compiled and evaluated with the library's exports in scope, so an example that no longer matches
// its function fails here rather than in a reader's hands. Where a line of an example is an expression
// followed by a comment that starts with a plain value (`durationMs('P1D') // 86_400_000`), the
// expression must equal that value.
//
// An example may take as given the values its neighbours build (the office calendar of
// `businessCalendar`, the draft offer of the examples folder, an incident log of March 2026): they are
// in scope too, built below the way the examples describe them, so that each example stays short.
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import * as core from '../../src/index.js'
import * as io from '../../src/io/index.js'
import * as messages from '../../src/messages/index.js'
import * as schemas from '../../src/schema/json-schema.js'
import * as sources from '../../src/offers/presets/sources/index.js'
import * as report from '../../src/report/index.js'
import * as simulation from '../../src/simulation/index.js'
import { publicFunctions } from '../public-functions.js'


interface Example {
  fn: string
  file: string
  code: string
}

/** The `@example` blocks of a JSDoc comment, as written, without the comment's ` * ` margin. */
function exampleBlocks(comment: string): string[] {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
  const blocks: string[] = []
  let current: string[] | undefined
  for (const line of lines) {
    if (/^@\w+/.test(line)) {
      if (current) blocks.push(current.join('\n'))
      current = line.startsWith('@example') ? [line.slice('@example'.length)] : undefined
    } else current?.push(line)
  }
  if (current) blocks.push(current.join('\n'))
  return blocks.map((b) => b.replace(/^\s*```\w*\s*$/gm, '').trim()).filter((b) => b.length > 0)
}

/** Every function the entry points export, with its examples. */
function publicExamples(): { missing: string[]; examples: Example[] } {
  const missing: string[] = []
  const examples: Example[] = []
  for (const { name, declarations } of publicFunctions()) {
    const blocks = declarations.flatMap((f) => {
      const text = f.getSourceFile().text
      return ts.getJSDocCommentsAndTags(f).flatMap((doc) => (ts.isJSDoc(doc) ? exampleBlocks(text.slice(doc.pos, doc.end)) : []))
    })
    if (blocks.length === 0) missing.push(name)
    const file = declarations[0]!.getSourceFile().fileName
    for (const code of blocks) examples.push({ fn: name, file, code })
  }
  return { missing: missing.sort(), examples }
}

/** True for a value written as a literal: strings, numbers, booleans, null, and arrays or objects of them. */
function isLiteral(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return !node.text.includes('…')
  if (ts.isNumericLiteral(node)) return true
  if (ts.isIdentifier(node)) return node.text === 'undefined'
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteral)
  if (ts.isObjectLiteralExpression(node))
    return node.properties.every((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && isLiteral(p.initializer))
  return false
}

/**
 * The value a trailing comment starts with, or undefined when it starts with prose or with a value that is
 * only sketched (`'…'`). What follows the value must be nothing or an aside: `// 743: Paris…`, `// '2.50' (half-up)`.
 */
function expectedValue(comment: string): { text: string } | undefined {
  const body = comment.replace(/^\/\/\s*/, '')
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, body)
  let depth = 0
  let end = -1
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.OpenBracketToken || token === ts.SyntaxKind.OpenBraceToken) depth++
    else if (token === ts.SyntaxKind.CloseBracketToken || token === ts.SyntaxKind.CloseBraceToken) depth--
    else if (depth === 0 && token === ts.SyntaxKind.MinusToken) continue
    if (depth === 0) {
      end = scanner.getTokenEnd()
      break
    }
  }
  if (end < 0) return undefined
  const text = body.slice(0, end)
  if (text.includes('…')) return undefined
  const rest = body.slice(end).trim()
  if (rest !== '' && !/^[:(,;—–]/.test(rest)) return undefined
  const parsed = ts.createSourceFile('value.ts', `(${text})`, ts.ScriptTarget.ES2022, true)
  const statement = parsed.statements[0]
  if (parsed.statements.length !== 1 || !statement || !ts.isExpressionStatement(statement)) return undefined
  const value = ts.isParenthesizedExpression(statement.expression) ? statement.expression.expression : statement.expression
  return isLiteral(value) ? { text } : undefined
}

/** The example as a program: each checked line becomes a comparison with its value. */
function instrument(code: string): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true)
  const edits: { start: number; end: number; text: string }[] = []
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement)) continue
    const comment = ts.getTrailingCommentRanges(code, statement.end)?.[0]
    if (!comment || comment.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue
    const expected = expectedValue(code.slice(comment.pos, comment.end))
    if (!expected) continue
    const expression = statement.expression.getText(source)
    edits.push({ start: statement.getStart(source), end: statement.end, text: `__check(${expression}, (${expected.text}), ${JSON.stringify(expression)});` })
  }
  let out = code
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end)
  return out
}

const yamlOffer = (name: string) => parse(readFileSync(new URL(`../../examples/offers/${name}.yaml`, import.meta.url), 'utf8')) as core.OfferInput
const march = core.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
const incidents: core.IncidentInput[] = [
  { id: 'fire', start: '2026-03-10T10:00:00Z', end: '2026-03-10T14:00:00Z' },
  { id: 'disk', start: '2026-03-12T10:00:00Z', end: '2026-03-12T12:00:00Z', elements: ['web-1'] },
]
const myDraft = yamlOffer('chatons-coop')
const draft = core.parseOffer(myDraft)
const offline = new Map([['https://www.githubstatus.com/api/v2/incidents.json', '../../examples/data/githubstatus-incidents.json']])
const given = {
  march,
  period: march,
  incidents,
  elements: [{ id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } }],
  commitment: core.presets.ovhVps2016.value,
  report: core.measureAvailability({ commitment: core.presets.ovhVps2016.starter, period: march, incidents, element: 'vps-1' }),
  office: core.businessCalendar({
    timeZone: 'Europe/Paris',
    hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
    holidays: 'FR',
  }),
  myDraft,
  draft,
  offer: draft,
  ovh: core.offerFromPreset(core.presets.ovhVps2016.starter, { amount: '12.00', currency: 'EUR' }),
  offers: [myDraft, yamlOffer('asso-benevole')],
  // A file named as from the project's folder, as a reader running an example there would.
  readFileSync: (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url)),
  // Examples that show a download run offline, on the copy kept in the examples folder.
  fetch: async (url: string) => {
    const file = offline.get(url)
    if (!file) throw new Error(`examples run offline; no local copy of ${url}`)
    return new Response(readFileSync(new URL(file, import.meta.url)))
  },
}
const scope: Record<string, unknown> = { ...core, ...io, ...report, ...sources, ...messages, ...schemas, ...simulation, ...given }
const quiet = { ...console, log() {}, info() {}, warn() {}, table() {} }
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>

async function run(example: Example): Promise<number> {
  let checks = 0
  const check = (actual: unknown, expected: unknown, expression: string) => {
    checks++
    expect(actual, expression).toEqual(expected)
  }
  const js = ts.transpileModule(instrument(example.code), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
    reportDiagnostics: true,
  })
  const problems = (js.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
  expect(problems, `${example.fn}: the example does not compile`).toEqual([])
  const names = Object.keys(scope)
  // A block of its own, so that an example may declare a name the scope already holds.
  const body = new AsyncFunction(...names, 'console', '__check', `{\n${js.outputText}\n}`)
  await body(...names.map((n) => scope[n]), quiet, check)
  return checks
}

const { missing, examples } = publicExamples()

describe('JSDoc examples', () => {
  it('exist for every public function', () => {
    expect(missing, 'public functions without an @example').toEqual([])
    expect(examples.length).toBeGreaterThan(40)
    // The value checks are found: a change to the comment parsing must not make them vanish quietly.
    const checked = examples.reduce((n, e) => n + instrument(e.code).split('__check(').length - 1, 0)
    expect(checked).toBeGreaterThan(50)
  })

  it.each(examples.map((e, i) => [`${e.fn} (${e.file.replace(/^.*\/src\//, 'src/')}) #${i}`, e] as const))('%s runs', async (_, example) => {
    await run(example)
  })
})
