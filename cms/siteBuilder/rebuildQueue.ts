import type { Payload } from 'payload'

import { buildSite, type BuildResult } from './buildSite'

type QueueState = {
  timer: NodeJS.Timeout | null
  running: Promise<void> | null
  pending: boolean
  reasons: Set<string>
  last: BuildResult | null
}

// One queue per process even if Next loads this module in several bundles.
const globalKey = Symbol.for('duan8.siteRebuildQueue')
const state: QueueState = ((globalThis as Record<symbol, unknown>)[globalKey] ??= {
  timer: null,
  running: null,
  pending: false,
  reasons: new Set<string>(),
  last: null,
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

async function runBuilds(payload: Payload): Promise<void> {
  do {
    state.pending = false
    const trigger = [...state.reasons].join(', ').slice(0, 500)
    state.reasons.clear()
    const startedAt = new Date()
    await writeStatus(payload, { status: 'building', trigger, startedAt: startedAt.toISOString(), error: '' })
    const result = await buildSite()
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

/**
 * Asks for the public site to be rebuilt. Requests within the debounce window are coalesced,
 * one build runs at a time, and requests that arrive during a build cause exactly one more.
 */
export function requestSiteRebuild(payload: Payload, reason: string): void {
  if (!autoRebuildEnabled()) return
  state.reasons.add(reason)
  if (state.timer) clearTimeout(state.timer)
  state.timer = setTimeout(() => {
    state.timer = null
    if (state.running) {
      state.pending = true
      return
    }
    state.running = runBuilds(payload)
      .catch((error: Error) => payload.logger.error(`Bộ dựng cổng thông tin gặp lỗi / site builder error: ${error.message}`))
      .finally(() => {
        state.running = null
      })
  }, debounceMs())
}

/** Resolves when no build is waiting or running (for tests and orderly shutdown). */
export async function siteRebuildsSettled(): Promise<void> {
  while (state.timer || state.running) {
    await (state.running ?? new Promise((r) => setTimeout(r, 50)))
  }
}
