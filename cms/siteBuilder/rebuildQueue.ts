import type { Payload } from 'payload'

import type { ChangeSet } from '../../site/lib/perBuild'
import type { SavedDocument } from '../plugin/options'
import { buildSite, type BuildResult, currentBuildDir } from './buildSite'
import { patchSite, prepareSearchIndex } from './patchSite'
import { residentRendererEnabled, stopResidentRenderer } from './residentRenderer'

/** What a publish saved: the document, when known (a global or a bulk change gives none). */
export type { SavedDocument }

type QueueState = {
  timer: NodeJS.Timeout | null
  running: Promise<void> | null
  pending: boolean
  reasons: Set<string>
  /** The documents saved since the last build started; null once something unknown changed. */
  saved: Map<string, Set<string>> | null
  last: (BuildResult & { kind: 'patch' | 'full' }) | null
  /** The live build's Pagefind index is older than its pages (it follows a patch within seconds). */
  searchStale: boolean
  search: Promise<void> | null
  /** The next build must be a full one (at start: the code may have changed since the live build). */
  fullRequested: boolean
}

// One queue per process even if Next loads this module in several bundles.
const globalKey = Symbol.for('duan8.siteRebuildQueue')
const state: QueueState = ((globalThis as Record<symbol, unknown>)[globalKey] ??= {
  timer: null,
  running: null,
  pending: false,
  reasons: new Set<string>(),
  saved: new Map(),
  last: null,
  searchStale: false,
  search: null,
  fullRequested: false,
}) as QueueState

/** What the last build of this process did (for the benchmark; editors see site-build-status). */
export const lastSiteBuild = () => state.last

export const autoRebuildEnabled = () => process.env.SITE_AUTO_REBUILD === '1'
// Requests come after their commit (collections/hooks/rebuildSite.ts), so the window only gathers a burst.
const debounceMs = () => Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 250)

async function writeStatus(payload: Payload, data: Record<string, unknown>): Promise<void> {
  await payload.updateGlobal({ slug: 'site-build-status', data, overrideAccess: true, depth: 0 }).catch((error: Error) => {
    payload.logger.error(`site-build-status: ${error.message}`)
  })
}

function takeSaved(): ChangeSet {
  const saved = state.saved
  state.saved = new Map()
  return saved ? Object.fromEntries([...saved].map(([collection, ids]) => [collection, [...ids]])) : null
}

/** A patch by the resident renderer when it can; a full build when it cannot or the patch fails. */
async function publish(payload: Payload, changes: ChangeSet, full: boolean): Promise<BuildResult & { kind: 'patch' | 'full' }> {
  if (!full && residentRendererEnabled()) {
    const patched = await patchSite({ changes })
    if (patched?.ok) {
      // A patch that removed a page remade the search index with it; else it follows.
      state.searchStale = !patched.searchIndexed
      return { ...patched, kind: 'patch' }
    }
    if (patched) payload.logger.warn(`Không cập nhật nhanh được, dựng lại toàn bộ / patch failed, full build: ${patched.error.split('\n')[0]}`)
  }
  // This build takes the saved documents: a renderer that kept data from before would never hear
  // of them. The next publish starts a new one.
  stopResidentRenderer()
  const result = await buildSite()
  if (result.ok) state.searchStale = false
  return { ...result, kind: 'full' }
}

async function runBuilds(payload: Payload): Promise<void> {
  do {
    state.pending = false
    const trigger = [...state.reasons].join(', ').slice(0, 500)
    state.reasons.clear()
    const changes = takeSaved()
    const full = state.fullRequested
    state.fullRequested = false
    const startedAt = new Date()
    await writeStatus(payload, { status: 'building', trigger, startedAt: startedAt.toISOString(), error: '' })
    const result = await publish(payload, changes, full)
    state.last = result
    const finishedAt = new Date().toISOString()
    if (result.ok) {
      await writeStatus(payload, { status: 'succeeded', finishedAt, lastSuccessAt: finishedAt, durationMs: result.ms, error: '' })
      payload.logger.info(`Cổng thông tin đã cập nhật sau ${result.ms} ms: ${result.pages.rendered} trang dựng lại, ${result.pages.reused} trang giữ nguyên (${trigger})`)
    } else {
      await writeStatus(payload, { status: 'failed', finishedAt, durationMs: result.ms, error: result.error.slice(-4000) })
      payload.logger.error(`Dựng cổng thông tin thất bại, giữ bản trước: ${result.error.split('\n').slice(-3).join(' ')}`)
    }
  } while (state.pending)
}

/** Runs `task` as the only writer of the builds folder: after the build under way, before the next. */
function runExclusively(payload: Payload, task: () => Promise<void>): Promise<void> {
  const run = async (): Promise<void> => {
    while (state.running) await state.running
    const mine = task()
      .catch((error: Error) => payload.logger.error(`Bộ dựng cổng thông tin gặp lỗi / site builder error: ${error.message}`))
      .finally(() => {
        state.running = null
        if (state.pending) startBuilds(payload)
        else if (state.searchStale) refreshSearch(payload)
      })
    state.running = mine
    await mine
  }
  return run()
}

function startBuilds(payload: Payload): void {
  void runExclusively(payload, () => runBuilds(payload))
}

/** After a failed attempt, the search index is tried again this much later. */
const searchRetryMs = 10_000

/**
 * Brings the live build's Pagefind index up to date after patches. It is made beside the build
 * while publishing goes on, and swapped in between two builds — unless the live build changed
 * meanwhile: then it is dropped, and made again from the newer build if that one needs it.
 */
function refreshSearch(payload: Payload): void {
  if (state.search || !state.searchStale) return
  state.search = (async () => {
    while (state.searchStale) {
      state.searchStale = false
      const prepared = await prepareSearchIndex()
      if (!prepared) return
      await runExclusively(payload, async () => {
        if ((await currentBuildDir()) !== prepared.indexed) await prepared.discard()
        else await prepared.apply()
      })
    }
  })()
    .catch((error: Error) => {
      payload.logger.error(`Chỉ mục tìm kiếm chưa cập nhật được, thử lại sau ${searchRetryMs / 1000} giây / search index not updated, retrying: ${error.message}`)
      state.searchStale = true
      setTimeout(() => refreshSearch(payload), searchRetryMs).unref()
    })
    .finally(() => {
      state.search = null
    })
}

/**
 * Asks for the public site to be updated with a saved document (or with everything, without
 * one). Requests within the debounce window are coalesced, one build runs at a time, and
 * requests that arrive during a build cause exactly one more.
 */
export function requestSiteRebuild(payload: Payload, reason: string, saved?: SavedDocument): void {
  if (!autoRebuildEnabled()) return
  state.reasons.add(reason)
  if (!saved) state.saved = null
  else if (state.saved) {
    const ids = state.saved.get(saved.collection) ?? new Set<string>()
    ids.add(String(saved.id))
    state.saved.set(saved.collection, ids)
  }
  if (state.timer) clearTimeout(state.timer)
  state.timer = setTimeout(() => {
    state.timer = null
    if (state.running) {
      state.pending = true
      return
    }
    startBuilds(payload)
  }, debounceMs())
}

/** Asks for a full build of the site (at start), not a patch of the live build. */
export function requestFullSiteBuild(payload: Payload, reason: string): void {
  if (!autoRebuildEnabled()) return
  state.fullRequested = true
  requestSiteRebuild(payload, reason)
}

/** Resolves when no build is waiting or running, and the search index has caught up (for tests and orderly shutdown). */
export async function siteRebuildsSettled(): Promise<void> {
  while (state.timer || state.running || state.search) {
    await (state.running ?? state.search ?? new Promise((r) => setTimeout(r, 50)))
  }
}
