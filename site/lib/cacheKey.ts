import { createHash } from 'node:crypto'

import { getSiteSettings } from './settings'

/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page is rendered again
 * only when its key or its code changed. The key is a hash of everything the page shows — its
 * props, what it reads while rendering (`extra`), and the site settings every page's header,
 * sidebar and footer show — so no page can keep stale content. Pages built from these keys read
 * nothing else from the CMS.
 */
export async function withCacheKeys<Path extends { props?: unknown }>(
  paths: Path[],
  extra: (path: Path) => unknown = () => null,
): Promise<(Path & { cacheKey: string })[]> {
  const layout = JSON.stringify(await getSiteSettings())
  return Promise.all(
    paths.map(async (path) => ({
      ...path,
      cacheKey: createHash('sha256')
        .update(layout)
        .update('\0')
        .update(JSON.stringify(path.props ?? null))
        .update('\0')
        .update(JSON.stringify((await extra(path)) ?? null))
        .digest('base64url'),
    })),
  )
}
