import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { AstroIntegration, AstroPrerenderer } from 'astro'

import { type BuildRecord, firstClaims, PAGE_KEYS_FILE, type PageKey, pageKeysOf, RENDERER_BOOT_ENV, type RendererHandoff, rendererHandoffKey } from '../../site/integrations/pageKeys'
import { writeSearchIndex } from '../../site/integrations/pagefind'
import { compressFiles } from '../../site/integrations/precompress'
import { type ChangeSet, startNewBuildGeneration } from '../../site/lib/perBuild'
import { rootDir } from '../paths'
import { linkCopy, removeTrees } from './linkCopy'

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number]
type RenderPath = (args: Record<string, unknown>) => Promise<{ body: Buffer | string; outFile: URL } | null>
type BuildApp = {
  routeCache: { clearAll: () => void }
  getOptions: () => { settings: { config: { build: { client: URL }; integrations: AstroIntegration[] } }; logger: unknown }
}

/** Astro's prerenderer, loaded once and kept: it renders a page as `astro build` does, without starting a build. */
export type ResidentRenderer = {
  prerenderer: AstroPrerenderer & { app: BuildApp }
  renderPath: RenderPath
  /** The client folder of the boot build: rendered files are placed relative to it. */
  clientDir: string
  /** The source it was compiled from: it patches only builds made from the same. */
  source: string
  /** Where it keeps its spare copy (its own folder, removed with it). */
  workDir: string
  /**
   * A linked copy of the build made last, prepared in the background right after it: the next
   * patch then starts from it instead of copying (most of a second for 10,000 pages).
   */
  spare: { base: string; dir: string; ready: Promise<boolean> } | null
  /** The record of the build it made last, kept rather than read back (1.5 MB of JSON at 10,000 pages). */
  lastRecord: { dir: string; record: BuildRecord } | null
}

export type PatchJob = { liveDir: string; newDir: string; changes: ChangeSet; compressedCacheDir: string }
/**
 * `searchIndexed`: the patch also remade Pagefind's index, because a page went away — what is
 * unpublished leaves the search at the same moment as the site. Otherwise the index follows in
 * the background (buildSearchIndex), seconds later.
 */
/** `steps`: milliseconds spent finding what changed, rendering, copying the build, writing and compressing. */
export type PatchResult = { rendered: number; reused: number; removed: number; searchIndexed: boolean; ms: number; steps: Record<string, number> }

const recordOf = async (renderer: ResidentRenderer, dir: string): Promise<BuildRecord> =>
  renderer.lastRecord?.dir === dir ? renderer.lastRecord.record : (JSON.parse(await fs.readFile(path.join(dir, PAGE_KEYS_FILE), 'utf8')) as BuildRecord)

async function writeRecord(renderer: ResidentRenderer, dir: string, record: BuildRecord): Promise<void> {
  await fs.rm(path.join(dir, PAGE_KEYS_FILE), { force: true })
  await fs.writeFile(path.join(dir, PAGE_KEYS_FILE), JSON.stringify(record))
  renderer.lastRecord = { dir, record }
}

/** Removes a file and the compressed copies beside it: in a linked copy, writing in place would change the original. */
async function removeWithCompressed(file: string): Promise<void> {
  await Promise.all(['', '.br', '.gz'].map((suffix) => fs.rm(file + suffix, { force: true })))
}

/**
 * Compiles the site as a build does and keeps Astro's prerenderer with its loaded pages. The
 * build renders nothing (site/integrations/pageKeys.ts) and writes only to `bootDir`.
 */
export async function bootRenderer(bootDir: string): Promise<ResidentRenderer> {
  const bundle = path.join(bootDir, 'server', '.prerender')
  const kept = path.join(bootDir, 'prerender-kept')
  const handoff: RendererHandoff = { keepBundle: () => linkCopy(bundle, kept) }
  ;(globalThis as Record<symbol, unknown>)[rendererHandoffKey] = handoff
  Object.assign(process.env, { [RENDERER_BOOT_ENV]: '1', SITE_OUT_DIR: bootDir, SITE_CACHE_DIR: path.join(bootDir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' })
  const { build } = await import('astro')
  await build({ root: rootDir, logLevel: 'error' })
  if (!handoff.prerenderer) throw new Error('Astro did not hand over its prerenderer')
  await fs.rename(kept, bundle)
  // Not exported by Astro's package: found beside its package.json, wherever npm installed it.
  const astroDir = path.dirname(createRequire(path.join(rootDir, 'package.json')).resolve('astro/package.json'))
  const generate = (await import(pathToFileURL(path.join(astroDir, 'dist', 'core', 'build', 'generate.js')).href)) as { renderPath: RenderPath }
  const prerenderer = handoff.prerenderer as ResidentRenderer['prerenderer']
  const clientDir = fileURLToPath(prerenderer.app.getOptions().settings.config.build.client)
  return { prerenderer, renderPath: generate.renderPath, clientDir, source: handoff.source ?? '', workDir: bootDir, spare: null, lastRecord: null }
}

/** Starts a linked copy of `base` for the next job. A build never changes once made, so the copy stays true. */
export function prepareSpare(renderer: ResidentRenderer, base: string): void {
  const dir = path.join(renderer.workDir, `spare-${Date.now()}`)
  const ready = linkCopy(base, dir).then(
    () => true,
    () => fs.rm(dir, { recursive: true, force: true }).then(() => false),
  )
  renderer.spare = { base, dir, ready }
}

/** `newDir` as a linked copy of `liveDir`: the spare when it was made from it, else copied now. */
async function copyOfLive(renderer: ResidentRenderer, liveDir: string, newDir: string): Promise<'spare' | 'copied'> {
  const spare = renderer.spare
  renderer.spare = null
  if (spare && spare.base === liveDir && (await spare.ready)) {
    await fs.rename(spare.dir, newDir)
    return 'spare'
  }
  if (spare) void spare.ready.then(() => fs.rm(spare.dir, { recursive: true, force: true }))
  await linkCopy(liveDir, newDir)
  return 'copied'
}

/** Reads every page's data once, so the first publish after a start reads only what it changed. */
export async function warmRenderer(renderer: ResidentRenderer): Promise<number> {
  startNewBuildGeneration(null)
  renderer.prerenderer.app.routeCache.clearAll()
  return (await renderer.prerenderer.getStaticPaths()).length
}

/** The paths whose page must be made again: new, changed key or file, or without a key (rendered every time). */
function pathsToRender(paths: PathWithRoute[], keys: Record<string, PageKey>, live: Record<string, PageKey>): PathWithRoute[] {
  return firstClaims(paths).filter(({ pathname }) => {
    const now = keys[pathname]!
    const before = live[pathname]
    return now.key === null || before?.key !== now.key || before.file !== now.file
  })
}

async function rewriteSitemap(renderer: ResidentRenderer, clientDir: string, keys: Record<string, PageKey>): Promise<string[]> {
  const sitemap = renderer.prerenderer.app.getOptions().settings.config.integrations.find((i) => i.name === '@astrojs/sitemap')
  const done = sitemap?.hooks['astro:build:done']
  if (!done) return []
  const isSitemap = (name: string) => /^sitemap-.*\.xml$/.test(name)
  for (const name of (await fs.readdir(clientDir)).filter(isSitemap)) await removeWithCompressed(path.join(clientDir, name))
  // The names Astro gives the sitemap: no leading slash, a trailing one (build.format 'directory').
  const pages = Object.entries(keys)
    .filter(([, k]) => k.page)
    .map(([pathname]) => ({ pathname: pathname.replace(/\/?$/, '/').replace(/^\//, '') }))
  const logger = { label: 'sitemap', options: {}, info: () => {}, debug: () => {}, warn: console.warn, error: console.error, fork: () => logger }
  await done({ dir: pathToFileURL(`${clientDir}/`), pages, logger, assets: new Map() } as never)
  return (await fs.readdir(clientDir)).filter(isSitemap).map((name) => path.join(clientDir, name))
}

/**
 * Makes `newDir` from the live build, changing only what a publish changed: the pages whose
 * cacheKey changed (the document's page, the first page of its lists, the home page, the feeds),
 * pages without a key, the search entries and the sitemap. Every other file is the live build's,
 * linked. The live build is never written; `newDir` becomes live only when the caller swaps it in.
 */
export async function patchBuild(renderer: ResidentRenderer, job: PatchJob): Promise<PatchResult> {
  const started = Date.now()
  const steps: Record<string, number> = {}
  let stepStart = started
  const step = (name: string) => {
    const now = Date.now()
    steps[name] = now - stepStart
    stepStart = now
  }
  const liveRecord = await recordOf(renderer, job.liveDir)
  const { source, pages: live } = liveRecord
  if (!source || source !== renderer.source) throw new Error('the live build and the renderer were made from different source')

  startNewBuildGeneration(job.changes)
  const { app } = renderer.prerenderer
  app.routeCache.clearAll()
  const paths = await renderer.prerenderer.getStaticPaths()
  const keys = pageKeysOf(paths)
  step('paths')
  const options = app.getOptions()
  const rendered: { file: string; body: Buffer | string | null }[] = []
  for (const { pathname, route } of pathsToRender(paths, keys, live)) {
    ;(route as { distURL?: URL[] }).distURL = []
    const result = await renderer.renderPath({ prerenderer: renderer.prerenderer, pathname, route, options, routeToHeaders: new Map(), logger: options.logger, collectMetadata: false })
    const file = keys[pathname]!.file
    if (result && path.relative(renderer.clientDir, fileURLToPath(result.outFile)) !== file) {
      throw new Error(`${pathname}: Astro wrote ${fileURLToPath(result.outFile)}, expected ${file}`)
    }
    rendered.push({ file, body: result?.body ?? null })
  }
  const files = new Set(Object.values(keys).map((k) => k.file))
  const removed = Object.values(live).filter((k) => !files.has(k.file))
  step('render')

  await copyOfLive(renderer, job.liveDir, job.newDir)
  step('copy')
  const client = path.join(job.newDir, 'client')
  await Promise.all(removed.map(({ file }) => removeWithCompressed(path.join(client, file))))
  const written = await Promise.all(
    rendered.map(async ({ file, body }) => {
      const target = path.join(client, file)
      await removeWithCompressed(target)
      if (body === null) return null
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.writeFile(target, body)
      return target
    }),
  ).then((files) => files.filter((f): f is string => f !== null))
  step('write')
  // The sitemap lists the pages, nothing of what they show: only a page added or removed changes
  // it. A page added waits for the background job that follows every patch (with the search
  // index); a page removed leaves it at once, with its search entry.
  const samePages = Object.keys(keys).length === Object.keys(live).length && Object.keys(keys).every((p) => live[p]?.page === keys[p]!.page)
  const searchIndexed = removed.length > 0
  let sitemapStale = Boolean(liveRecord.sitemapStale) || !samePages
  if (sitemapStale && searchIndexed) {
    written.push(...(await rewriteSitemap(renderer, client, keys)))
    sitemapStale = false
    step('sitemap')
  }
  await compressFiles(written, job.compressedCacheDir)
  step('compress')
  if (searchIndexed) {
    await removeTrees([path.join(client, 'pagefind')])
    await buildSearchIndex(job.newDir, path.join(client, 'pagefind'), job.compressedCacheDir)
    step('search')
  }
  await writeRecord(renderer, job.newDir, { source, pages: keys, sitemapStale })
  prepareSpare(renderer, job.newDir)
  return { rendered: rendered.length, reused: paths.length - rendered.length, removed: removed.length, searchIndexed, ms: Date.now() - started, steps }
}

/** Pagefind runs one index at a time in a process (its `close()` ends the service for all). */
let pagefindTurn: Promise<unknown> = Promise.resolve()

/** Pagefind's index of a build's search entries, written into `outputDir` (not into the build). */
export function buildSearchIndex(buildDir: string, outputDir: string, compressedCacheDir: string): Promise<number> {
  const turn = pagefindTurn.then(() => writeCompressedSearchIndex(buildDir, outputDir, compressedCacheDir))
  pagefindTurn = turn.catch(() => {})
  return turn
}

async function writeCompressedSearchIndex(buildDir: string, outputDir: string, compressedCacheDir: string): Promise<number> {
  const count = await writeSearchIndex(path.join(buildDir, 'client'), outputDir)
  const files: string[] = []
  for (const entry of await fs.readdir(outputDir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name))
  }
  await compressFiles(files, compressedCacheDir)
  return count
}

/** `newDir`: the live build with the Pagefind index from `indexDir` (moved, not copied), and its sitemap if pages came since it was written. */
export async function withSearchIndex(renderer: ResidentRenderer, job: { liveDir: string; newDir: string; indexDir: string; compressedCacheDir: string }): Promise<void> {
  await copyOfLive(renderer, job.liveDir, job.newDir)
  const client = path.join(job.newDir, 'client')
  await removeTrees([path.join(client, 'pagefind')])
  await fs.rename(job.indexDir, path.join(client, 'pagefind'))
  const record = await recordOf(renderer, job.liveDir)
  if (record.sitemapStale) await compressFiles(await rewriteSitemap(renderer, client, record.pages), job.compressedCacheDir)
  await writeRecord(renderer, job.newDir, { ...record, sitemapStale: false })
  prepareSpare(renderer, job.newDir)
}
