// Reading and writing a field of the draft by its path, the way the library writes issue paths
// (`commitment.credit.tiers[1].below`), so that each problem lands at its field.

export type Path = readonly (string | number)[]

/** `['services', 0, 'fee']` → `services[0].fee`, as the library's issues write it. */
export function pathText(path: Path): string {
  let out = ''
  for (const key of path) out = typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key
  return out
}

export function getIn(value: unknown, path: Path): unknown {
  let v = value
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string | number, unknown>)[key]
  }
  return v
}

/** A copy of `value` with `path` set; `undefined` removes an object's key, and empty objects left behind. */
export function setIn(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next
  const [key, ...rest] = path as [string | number, ...(string | number)[]]
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : value !== null && typeof value === 'object'
      ? { ...(value as Record<string, unknown>) }
      : typeof key === 'number'
        ? []
        : {}
  const child = setIn((container as Record<string | number, unknown>)[key], rest, next)
  const emptyObject = child !== null && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).length === 0
  if (child === undefined || (emptyObject && rest.length > 0)) {
    if (Array.isArray(container) && typeof key === 'number') container[key] = undefined
    else delete (container as Record<string | number, unknown>)[key]
  } else (container as Record<string | number, unknown>)[key] = child
  return container
}
