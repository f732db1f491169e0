import { createHash } from 'node:crypto'

import { getSiteSettings } from './settings'

/**
 * Views of documents (a campaign as the site shows it) that nothing changes once made. The
 * resident renderer keeps those of unchanged documents from one patch to the next, so each is
 * serialised and hashed once, not at every publish; a list page's key then hashes its items'
 * hashes, not their whole text. Registered in every process alike, so keys match between a full
 * build and a patch.
 */
const views = new WeakSet<object>()
const viewHashes = new WeakMap<object, string>()

export function immutableView<T extends object>(view: T): T {
  views.add(view)
  return view
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url')

const serialise = (value: unknown, root: unknown): string =>
  JSON.stringify(value, function (this: unknown, _key, nested: unknown) {
    return nested !== root && nested !== null && typeof nested === 'object' && views.has(nested) ? `#${hashOf(nested)}` : nested
  })

function hashOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (!views.has(value)) return sha256(serialise(value, value))
  let hash = viewHashes.get(value)
  if (hash === undefined) {
    hash = sha256(serialise(value, value))
    viewHashes.set(value, hash)
  }
  return hash
}

/**
 * Keys for Astro's incremental build (experimental.incrementalBuild) and the resident renderer:
 * a page is rendered again only when its key or its code changed. The key is a hash of
 * everything the page shows — each of its props, what it reads while rendering (`extra`), and
 * the site settings every page's header, sidebar and footer show — so no page can keep stale
 * content. Pages built from these keys read nothing else from the CMS.
 */
export async function withCacheKeys<Path extends { props?: unknown }>(
  paths: Path[],
  extra: (path: Path) => unknown = () => null,
): Promise<(Path & { cacheKey: string })[]> {
  const layout = sha256(JSON.stringify(await getSiteSettings()))
  return Promise.all(
    paths.map(async (path) => {
      const props = Object.entries((path.props ?? {}) as Record<string, unknown>).map(([name, value]) => `${name}=${hashOf(value)}`)
      return { ...path, cacheKey: sha256([layout, ...props, JSON.stringify((await extra(path)) ?? null)].join('\0')) }
    }),
  )
}
