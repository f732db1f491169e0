import { withPayload } from '@payloadcms/next/withPayload'

import { adminSecurityHeaders } from './runtime/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The collections live beside cms/, one level up from the Next project.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  turbopack: { root: new URL('..', import.meta.url).pathname },
  experimental: { externalDir: true },
  // Types are checked once by `npm run typecheck` in CI, not on every start.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  async headers() {
    const cmsUrl = process.env.CMS_PUBLIC_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`
    return [{ source: '/:path*', headers: Object.entries(adminSecurityHeaders(cmsUrl)).map(([key, value]) => ({ key, value })) }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
