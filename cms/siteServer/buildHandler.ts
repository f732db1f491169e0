import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import compression from 'compression'

import { astroHandlerFor } from './serverBundles'
import { staticFiles } from './staticFiles'

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

/** Named by their content (Vite's assets, Pagefind's index chunks): a change gets a new name, so they never go stale. */
const fingerprinted = /^\/(?:_astro\/|pagefind\/(?:fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/
const hiddenFile = /(^|\/)\.|%2e/i

export const cachePolicy = {
  fingerprinted: 'public, max-age=31536000, immutable',
  // Kept, but checked by ETag on every use (a 304 costs a few hundred bytes): an unpublished page,
  // or a photo whose consent was withdrawn, is gone for everyone at once, not a minute later.
  page: 'public, no-cache',
}

/**
 * Answers for one finished build: its files straight from disk, each sent as the `.br` or `.gz`
 * the build wrote beside it when the client accepts one (site/integrations/precompress.ts), with
 * an ETag and a cache lifetime; anything else (search results, forms, previews, 404) from the
 * build's @astrojs/node handler, compressed as it is sent.
 */
export async function loadBuildHandler(buildDir: string): Promise<Handler> {
  const astro = await astroHandlerFor(path.dirname(buildDir), buildDir)
  const files = staticFiles(path.join(buildDir, 'client'), (urlPath) => (fingerprinted.test(urlPath) ? cachePolicy.fingerprinted : cachePolicy.page))
  const compress = compression({ threshold: 1024 })
  const dynamic: Handler = (req, res) => compress(req as never, res as never, () => astro(req, res))
  return (req, res) => {
    // No file whose name starts with a dot is the site's.
    if ((req.method === 'GET' || req.method === 'HEAD') && !hiddenFile.test((req.url ?? '').split('?')[0]!)) files(req, res, () => dynamic(req, res))
    else dynamic(req, res)
  }
}
