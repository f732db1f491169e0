import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import { lookup } from 'mrmime'
import send from 'send'

type Encoding = { suffix: string; name: string }
const brotli: Encoding = { suffix: '.br', name: 'br' }
const gzip: Encoding = { suffix: '.gz', name: 'gzip' }
const identity: Encoding = { suffix: '', name: '' }

/** What this client takes, best first: the `.br` and `.gz` files the build wrote beside each file (site/integrations/precompress.ts). */
function encodingsFor(req: IncomingMessage): Encoding[] {
  const accepted = String(req.headers['accept-encoding'] ?? '')
  return [...(/\bbr\b/.test(accepted) ? [brotli] : []), ...(/\bgzip\b/.test(accepted) ? [gzip] : []), identity]
}

const contentType = (file: string) => {
  const type = lookup(file) ?? 'application/octet-stream'
  return type === 'text/html' ? 'text/html; charset=utf-8' : type
}

/** The file for a URL path: a folder's page is its index.html, with or without the trailing slash (trailingSlash: 'ignore'). */
function fileFor(urlPath: string): string {
  if (urlPath.endsWith('/')) return `${urlPath}index.html`
  return path.posix.extname(urlPath) ? urlPath : `${urlPath}/index.html`
}

/**
 * A build's files, looked up per request as bare @astrojs/node does (with `send`, one stat per
 * file tried), so a newly live build is served at once: nothing is listed when a build goes live
 * (listing a 10,000-page build blocked the server for 1.5 s at each publish). Each file is sent as
 * its precompressed copy when the client accepts one, with an ETag and the cache policy
 * `cacheControl` gives; a path with no file goes to `next`.
 */
export function staticFiles(clientDir: string, cacheControl: (urlPath: string) => string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const urlPath = (req.url ?? '/').split('?')[0]!
    const file = fileFor(urlPath)
    const type = contentType(file)
    const candidates = encodingsFor(req)
    const attempt = (i: number): void => {
      const encoding = candidates[i]!
      const stream = send(req, file + encoding.suffix, { root: clientDir, dotfiles: 'ignore', index: false, etag: true, lastModified: true })
      let sending = false
      stream.on('headers', (response: ServerResponse) => {
        sending = true
        response.setHeader('Content-Type', type)
        response.setHeader('Vary', 'Accept-Encoding')
        response.setHeader('Cache-Control', cacheControl(urlPath))
        if (encoding.name) response.setHeader('Content-Encoding', encoding.name)
      })
      stream.on('error', (error: { statusCode?: number; status?: number }) => {
        const status = error.statusCode ?? error.status ?? 500
        if (sending || (status !== 404 && status !== 403)) {
          if (!res.headersSent) res.writeHead(status >= 500 ? 500 : status)
          res.end()
        } else if (i + 1 < candidates.length) attempt(i + 1)
        else next()
      })
      stream.pipe(res)
    }
    attempt(0)
  }
}
