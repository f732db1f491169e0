import fs from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { portalSecurityHeaders } from '../runtime/securityHeaders.mjs'
import { settleForwardedFor, trustedProxies } from './clientAddress'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

// The built entry must not start its own server when imported: we only want its request handler.
process.env.ASTRO_NODE_AUTOSTART = 'disabled'

const handlers = new Map<string, Promise<Handler>>()

async function handlerFor(buildDir: string): Promise<Handler> {
  let handler = handlers.get(buildDir)
  if (!handler) {
    handler = import(pathToFileURL(path.join(buildDir, 'server', 'entry.mjs')).href).then((m) => m.handler as Handler)
    handlers.set(buildDir, handler)
  }
  return handler
}

/**
 * Serves whatever build `current` points at, looked up per request: when the site builder swaps
 * the link, the next request is answered by the new build, with no restart and no gap. Each
 * build's own @astrojs/node handler serves its static files (with range requests) and routes.
 */
export function liveBuildHandler(currentLink: string): Handler {
  const headers = portalSecurityHeaders({
    siteUrl: process.env.SITE_URL,
    cmsUrl: process.env.CMS_PUBLIC_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`,
  })
  const proxies = trustedProxies()
  return (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    // Astro takes the first X-Forwarded-For address as the client's: make it the one we trust.
    settleForwardedFor(req, proxies)
    fs.realpath(currentLink)
      .then(handlerFor)
      .then((handle) => handle(req, res))
      .catch((error: Error) => {
        console.error(`[site] ${error.message}`)
        if (!res.headersSent) res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' })
        res.end('Cổng thông tin đang được cập nhật, vui lòng thử lại sau ít phút.')
      })
  }
}
