import fs from 'node:fs'
import path from 'node:path'

import { startNewBuildGeneration } from '../../site/lib/perBuild'
import { portalSecurityHeaders } from '../runtime/securityHeaders.mjs'
import { type Handler, loadBuildHandler } from './buildHandler'
import { settleForwardedFor, trustedProxies } from './clientAddress'

/** How often the link is checked besides file-system events, which some file systems never send. */
const pollMs = 2000

/** A build whose server bundle has not loaded by then is treated as broken (and retried at the next check). */
const loadTimeoutMs = 60_000

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: quá ${ms / 1000} giây / timed out`)), ms)))
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Follows the build `current` points at. The link is resolved when the builder swaps it (a
 * file-system event, or the poll), never per request; the new build's handler is loaded before
 * it takes over, so requests never meet a half-loaded build. An event during a check runs one
 * more check after it, so no swap waits for the poll.
 */
function followLiveBuild(currentLink: string) {
  let live: { dir: string; handle: Handler } | null = null
  let checking: Promise<void> | null = null
  let again = false
  const resolveLink = async () => {
    const dir = await fs.promises.realpath(currentLink).catch(() => null)
    if (dir && dir !== live?.dir) {
      const handle = await withTimeout(loadBuildHandler(dir), loadTimeoutMs, dir)
      // What the server bundle read from the previous build (settings, search entries) is read again.
      startNewBuildGeneration()
      live = { dir, handle }
    }
  }
  const check = (): Promise<void> => {
    if (checking) {
      again = true
      return checking
    }
    checking = resolveLink()
      .catch((error: Error) => console.error(`[site] không nạp được bản dựng / could not load the build: ${error.message}`))
      .finally(() => {
        checking = null
        if (again) {
          again = false
          void check()
        }
      })
    return checking
  }
  void check()
  try {
    fs.watch(path.dirname(currentLink), { persistent: false }, () => void check()).on('error', () => {
      /* the folder went away or cannot be watched: the poll goes on */
    })
  } catch {
    /* no events here: the poll alone */
  }
  setInterval(() => void check(), pollMs).unref()
  return {
    handler: () => live?.handle ?? null,
    /** The handler once a build is live: waits for a check under way (the first load, say). */
    settledHandler: async () => {
      await check()
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
    const unavailable = () => {
      if (!res.headersSent) res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' })
      res.end('Cổng thông tin đang được cập nhật, vui lòng thử lại sau ít phút.')
    }
    live
      .settledHandler()
      .then((settled) => (settled ? settled(req, res) : unavailable()))
      .catch((error: Error) => {
        console.error(`[site] ${error.message}`)
        unavailable()
      })
  }
}
