import { Decimal as DecimalBase } from 'decimal.js'

/** A value JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/**
 * Turns a library result (or any value) into plain JSON data, exactly:
 *
 * - a `Decimal` becomes a string of all its digits, never in exponent form (`'99.4616419919…'`, `'0.000001'`),
 *   so that no figure goes through a float;
 * - a `Date` becomes its ISO-8601 string (an invalid one becomes `null`);
 * - a `bigint` becomes a string; a number that is not finite becomes `null`;
 * - functions, symbols and `undefined` are dropped from objects and become `null` in arrays, as
 *   `JSON.stringify` does (a comparison's `cell()` method disappears);
 * - a `Map` becomes an object of its entries, a `Set` or typed array a list;
 * - other objects keep their own enumerable string keys, in the order they have: the order the library
 *   defines them in, the same from one run to the next. Lazily computed fields (explanations) are read.
 *
 * @example
 * JSON.stringify(toJsonValue({ availability: new Decimal('99.5'), at: new Date(0), f() {} }))
 * // '{"availability":"99.5","at":"1970-01-01T00:00:00.000Z"}'
 * @throws TypeError on a circular structure.
 */
export function toJsonValue(value: unknown): JsonValue {
  return convert(value, new Set())
}

function convert(value: unknown, stack: Set<object>): JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      return Number.isFinite(value) ? value : null
    case 'bigint':
      return value.toString()
    case 'undefined':
    case 'function':
    case 'symbol':
      return null
  }
  if (value === null) return null
  if (DecimalBase.isDecimal(value)) return (value as DecimalBase).isFinite() ? (value as DecimalBase).toFixed() : null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  // An object that says how it is written to JSON (a credit with its lazily written sentences) is taken at its word.
  const toJSON = (value as { toJSON?: unknown }).toJSON
  if (typeof toJSON === 'function') return convert(toJSON.call(value), stack)
  const obj = value as object
  if (stack.has(obj)) throw new TypeError('toJsonValue: circular structure')
  stack.add(obj)
  try {
    if (Array.isArray(obj) || ArrayBuffer.isView(obj)) {
      return Array.from(obj as ArrayLike<unknown>, (x) => convert(x, stack))
    }
    if (obj instanceof Set) return [...obj].map((x) => convert(x, stack))
    const out: { [key: string]: JsonValue } = {}
    const entries: [string, unknown][] = obj instanceof Map ? [...obj].map(([k, v]) => [String(k), v]) : Object.keys(obj).map((k) => [k, (obj as Record<string, unknown>)[k]])
    for (const [k, v] of entries) {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue
      out[k] = convert(v, stack)
    }
    return out
  } finally {
    stack.delete(obj)
  }
}

/** Writes a JSON document with two-space indentation and a final newline. */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
