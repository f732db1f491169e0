import { createHash } from 'node:crypto'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/** Anonymous reads that ask for no depth get relationships as ids; `?depth=1` or `2` populates them. */
export const publicDefaultDepth = 0
/** Kept, but revalidated by ETag every time: what is unpublished stops being served at once. */
export const publicReadCacheControl = 'public, no-cache'

/**
 * A login cookie or an Authorization header (session or API key): the answer may be that user's
 * alone. Read as loosely as Payload reads cookies (it trims names), so nothing it would log in
 * is taken for anonymous.
 */
const carriesCredentials = (request: Request) =>
  request.headers.has('authorization') || /(?:^|;)\s*payload-token\s*=/.test(request.headers.get('cookie') ?? '')

/** If-None-Match as RFC 9110 compares for GET: a list of tags, weak or strong, or `*`. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

/**
 * Payload's REST GET with HTTP caching for the public: an anonymous read is the same for every
 * anonymous visitor, so it gets a short public lifetime and an ETag (a repeat answers 304 with no
 * body); a read with credentials is marked private and never stored. Endpoints that set their
 * own Cache-Control (private files, exports) keep it.
 */
export function withPublicReadCaching<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    if (carriesCredentials(request)) {
      const response = await handler(request, context)
      if (response.headers.has('cache-control')) return response
      const headers = new Headers(response.headers)
      headers.set('Cache-Control', 'private, no-store')
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    }
    const url = new URL(request.url)
    if (!url.searchParams.has('depth')) url.searchParams.set('depth', String(publicDefaultDepth))
    const response = await handler(new Request(url, request), context)
    if (response.status !== 200 || response.headers.has('cache-control')) return response
    const headers = new Headers(response.headers)
    headers.set('Cache-Control', publicReadCacheControl)
    // A browser that logs in later must not be answered from what it kept while anonymous.
    headers.append('Vary', 'Cookie, Authorization')
    let body: ArrayBuffer | null = null
    // JSON answers are small enough to hash; files (media up to 100 MB) keep what Payload sends.
    if (!headers.has('etag') && headers.get('content-type')?.startsWith('application/json')) {
      body = await response.arrayBuffer()
      headers.set('ETag', `"${createHash('sha256').update(new Uint8Array(body)).digest('base64url').slice(0, 27)}"`)
    }
    const etag = headers.get('etag')
    // Through nginx's gzip the tag comes back weak (W/"…"): still the same answer.
    if (etag && etagMatches(request.headers.get('if-none-match'), etag)) {
      for (const name of ['content-length', 'content-type', 'content-encoding']) headers.delete(name)
      return new Response(null, { status: 304, headers })
    }
    return new Response(body ?? response.body, { status: 200, headers })
  }
}
