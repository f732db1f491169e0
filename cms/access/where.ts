import type { Where } from 'payload'

/** The same query with every field path rewritten (`and`/`or` kept as they are). */
export function rewritePaths(where: Where, rewrite: (path: string) => string): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key, (value as Where[]).map((w) => rewritePaths(w, rewrite))] : [rewrite(key), value],
    ),
  )
}
