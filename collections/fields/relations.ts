/** The id of a relationship value whether it was populated (an object) or not (the id itself). */
export function idOf(value: unknown): number | string | null {
  if (value == null) return null
  if (typeof value === 'object') return ((value as { id?: number | string }).id ?? null) as number | string | null
  return value as number | string
}
