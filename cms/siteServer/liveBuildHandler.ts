import fs from 'node:fs'
import path from 'node:path'

import { portalSecurityHeaders } from '../runtime/securityHeaders.mjs'
import { type Handler, loadBuildHandler } from './buildHandler'
import { settleForwardedFor, trustedProxies } from './clientAddress'

/** How often the link is checked besides file-system events, which some file systems never send. */
const pollMs = 2000

/**
 * Follows the build `current` points at. The link is resolved when the builder swaps it (a
 * file-system event, or the poll), never per request; the new build's handler is loaded before
 * it takes over, so requests never meet a half-loaded build.
 */
function followLiveBuild(currentLink: string) {
  let live: { dir: string; handle: Handler } | null = null
  let checking: Promise<void> | null = null
  const check = () =>
    (checking ??= (async () => {
      const dir = await fs.promises.realpath(currentLink).catch(() => null)
      if (dir && dir !== live?.dir) live = { dir, handle: await loadBuildHandler(dir) }
    })()
      .catch((error: Error) => console.error(`[site] ${error.message}`))
      .finally(() => (checking = null)))
  void check()
  try {
    fs.watch(path.dirname(currentLink), { persistent: false }, () => void check())
  } catch {
    /* no events here: the poll alone */
  }
  setInterval(() => void check(), pollMs).unref()
  return {
    handler: () => live?.handle ?? null,
    /** The handler once a build is live: waits for a check under way (the first load, say). */
    settledHandler: async () => {
      await (checking ?? check())
      return live?.handle ?? null
    },
  }
}

/**
 * The portal's request handler: the portal's headers, the client address it trusts, then the
 * live build. Before the first build is live it answers 503 with a retry hint.
 */
export function liveBuildHandler(currentLink: string): Handler {
  const headers = portalSecurityHeaders({
    siteUrl: process.env.SITE_URL,
    cmsUrl: process.env.CMS_PUBLIC_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`,
  })
  const proxies = trustedProxies()
  const live = followLiveBuild(currentLink)
  return (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    // Astro takes the first X-Forwarded-For address as the client's: make it the one we trust.
    settleForwardedFor(req, proxies)
    const handle = live.handler()
    if (handle) return handle(req, res)
    void live.settledHandler().then((settled) => {
      if (settled) return settled(req, res)
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' })
      res.end('Cổng thông tin đang được cập nhật, vui lòng thử lại sau ít phút.')
    })
  }
}
