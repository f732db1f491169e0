import node from '@astrojs/node'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { pageKeys } from './site/integrations/pageKeys'
import { pagefind } from './site/integrations/pagefind'
import { precompress } from './site/integrations/precompress'

const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321')

// SITE_OUT_DIR lets the site builder write each build to a fresh folder and swap it in only on success.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // The site builder keeps one cache per builds folder (cms/siteBuilder/paths.ts), reused by each rebuild.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  site: site.href,
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths gives a cacheKey (site/lib/cacheKey.ts) and whose code is unchanged
  // are copied from the previous build instead of rendered: a publish re-renders what it changed.
  experimental: { incrementalBuild: true },
  security: {
    // Form posts (contest entries, receipt lookups) are checked against the Origin the browser
    // sends; Astro trusts a request's Host only for these names, so it can tell same-site posts.
    checkOrigin: true,
    allowedDomains: [{ hostname: site.hostname }, { hostname: 'localhost' }, { hostname: '127.0.0.1' }],
  },
  // precompress runs last: it compresses what the others wrote (the Pagefind index, the sitemap).
  integrations: [pageKeys(), pagefind(), sitemap({ filter: (page) => !page.includes('/xem-truoc/') && !page.endsWith('/404/') }), precompress()],
  vite: {
    ssr: {
      // Payload and its adapters run from node_modules as they are; bundling them breaks native drivers.
      external: ['payload', 'sharp', '@payloadcms/db-sqlite', '@payloadcms/db-postgres', '@payloadcms/db-mongodb', 'file-type'],
    },
  },
})
