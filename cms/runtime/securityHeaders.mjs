/**
 * The response headers both servers send, in one place: the Next admin (cms/next.config.mjs)
 * and the public portal (cms/siteServer/liveBuildHandler.ts). Plain JavaScript so Next's config
 * can import it as it is.
 */

const isHttps = (url) => /^https:/i.test(url ?? '')

/** @param {string | undefined} publicUrl the address people open; HSTS only when it is https */
export function commonSecurityHeaders(publicUrl) {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    ...(isHttps(publicUrl) ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  }
}

/**
 * The portal runs no inline script (its few enhancements are files under /js/), so scripts come
 * from its own origin only; Pagefind compiles WebAssembly. Styles are inlined into each page
 * (one request less on slow mobile data) and progress bars set their width inline. Images,
 * audio and video come from the CMS's file route.
 * @param {{ siteUrl?: string, cmsUrl: string }} urls
 */
export function portalSecurityHeaders({ siteUrl, cmsUrl }) {
  const cms = new URL(cmsUrl).origin
  return {
    ...commonSecurityHeaders(siteUrl),
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: ${cms}`,
      `media-src 'self' ${cms}`,
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
  }
}

/** The admin is Payload's Next app (which needs its own inline scripts): it may not be framed. */
export function adminSecurityHeaders(cmsUrl) {
  return { ...commonSecurityHeaders(cmsUrl), 'Content-Security-Policy': "frame-ancestors 'none'" }
}
