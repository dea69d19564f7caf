import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/**
 * The entry points a user imports: `matou`, `matou/io`, `matou/report`, `matou/presets/sources`, `matou/messages`,
 * `matou/json-schema` and `matou/simulation`.
 */
export const ENTRIES = [
  '../src/index.ts',
  '../src/io/index.ts',
  '../src/report/index.ts',
  '../src/offers/presets/sources/index.ts',
  '../src/messages/index.ts',
  '../src/schema/json-schema.ts',
  '../src/simulation/index.ts',
].map((p) => fileURLToPath(new URL(p, import.meta.url)))

export interface PublicFunction {
  /** The name a user imports it by. */
  name: string
  /** Its declarations (several for an overloaded function). */
  declarations: ts.FunctionDeclaration[]
  checker: ts.TypeChecker
}

let cached: PublicFunction[] | undefined

/** Every function the entry points export, resolved through re-exports by the compiler. */
export function publicFunctions(): PublicFunction[] {
  if (cached) return cached
  const program = ts.createProgram(ENTRIES, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  })
  const checker = program.getTypeChecker()
  const found: PublicFunction[] = []
  const seen = new Set<ts.Symbol>()
  for (const entry of ENTRIES) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      const declarations = (symbol.declarations ?? []).filter(ts.isFunctionDeclaration)
      if (declarations.length === 0 || seen.has(symbol)) continue
      seen.add(symbol)
      found.push({ name: exported.getName(), declarations, checker })
    }
  }
  cached = found
  return found
}
