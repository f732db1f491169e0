import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroPrerenderer } from 'astro'

import { sourceIdentity } from './sourceIdentity'

/** One prerendered path of a build: its cacheKey (none for pages without getStaticPaths) and its file. */
export type PageKey = { key: string | null; file: string; page: boolean }

/** Beside the build's client/ and server/ folders, never served. */
export const PAGE_KEYS_FILE = 'page-keys.json'

/**
 * What page-keys.json holds: the source the build was made from, and its pages. `sitemapStale`:
 * pages came since the sitemap was written (a patch leaves it to the job that follows with the
 * search index).
 */
export type BuildRecord = { source: string; pages: Record<string, PageKey>; sitemapStale?: boolean }

/** Set while the resident renderer starts (cms/siteBuilder/renderWorker.ts): compile and load, render nothing. */
export const RENDERER_BOOT_ENV = 'SITE_RENDERER_BOOT'

/**
 * How the booting build hands Astro's prerenderer to the resident renderer in the same process.
 * The renderer puts this object on globalThis before it starts the build.
 */
export type RendererHandoff = {
  prerenderer?: AstroPrerenderer
  /** The source the booting build compiled (sourceIdentity). */
  source?: string
  /**
   * Called when rendering ends, before Astro deletes its prerender bundle: the renderer keeps a
   * copy, since the pages it loads later import their chunks from there.
   */
  keepBundle: () => Promise<void>
}
export const rendererHandoffKey = Symbol.for('duan8.rendererHandoff')
const rendererHandoff = () => (globalThis as Record<symbol, RendererHandoff | undefined>)[rendererHandoffKey]

type Route = { type: string; route: string; component: string }

/** The file Astro writes for a path (build.format 'directory'), relative to the client folder. */
export function outputFile(pathname: string, route: Route): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '')
  if (route.type === 'endpoint') return trimmed
  if (route.route === '/404') return '404.html'
  return trimmed === '' ? 'index.html' : `${trimmed}/index.html`
}

/** Each path once, with the first route that claims it: the one Astro renders. */
export function firstClaims<P extends { pathname: string }>(paths: P[]): P[] {
  const seen = new Set<string>()
  return paths.filter(({ pathname }) => !seen.has(pathname) && seen.add(pathname))
}

export function pageKeysOf(paths: { pathname: string; route: Route; cacheKey?: string }[]): Record<string, PageKey> {
  return Object.fromEntries(
    firstClaims(paths).map(({ pathname, route, cacheKey }) => [pathname, { key: cacheKey ?? null, file: outputFile(pathname, route), page: route.type === 'page' }]),
  )
}

/**
 * Records every build's paths and cacheKeys in `page-keys.json`, which the resident renderer
 * compares with its own to find what a publish changed. When the resident renderer starts, the
 * build it runs only compiles the site: no page is rendered and Astro's prerenderer is handed
 * over to the renderer, which renders with it from then on, exactly as a full build would.
 */
export function pageKeys(): AstroIntegration {
  const booting = process.env[RENDERER_BOOT_ENV] === '1'
  let keys: Record<string, PageKey> = {}
  let source: Promise<string> = Promise.resolve('')
  return {
    name: 'du-an-8/page-keys',
    hooks: {
      'astro:config:done': ({ config }) => {
        source = sourceIdentity(fileURLToPath(config.root))
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astroPrerenderer: AstroPrerenderer) => ({
          name: 'du-an-8/page-keys',
          setup: async () => {
            await astroPrerenderer.setup?.()
            const handoff = rendererHandoff()
            if (booting && handoff) {
              handoff.prerenderer = astroPrerenderer
              handoff.source = await source
            }
          },
          getStaticPaths: async () => {
            if (booting) return []
            const paths = await astroPrerenderer.getStaticPaths()
            keys = pageKeysOf(paths)
            return paths
          },
          render: (request, options) => astroPrerenderer.render(request, options),
          teardown: async () => {
            const handoff = rendererHandoff()
            if (booting && handoff) await handoff.keepBundle()
            else await astroPrerenderer.teardown?.()
          },
        }))
      },
      // Astro leaves its own prerender entry out when a prerenderer is set, expecting the adapter's;
      // this one wraps Astro's default prerenderer, which needs that entry.
      'astro:build:setup': ({ target, updateConfig }) => {
        if (target === 'server') updateConfig({ environments: { prerender: { build: { rolldownOptions: { input: 'astro/entrypoints/prerender' } } } } })
      },
      'astro:build:done': async ({ dir }) => {
        if (booting) return
        const record: BuildRecord = { source: await source, pages: keys }
        await fs.writeFile(path.join(path.dirname(fileURLToPath(dir)), PAGE_KEYS_FILE), JSON.stringify(record))
      },
    },
  }
}
