import fs from 'node:fs/promises'
import path from 'node:path'

import { compressedCacheDir } from '../../site/integrations/precompress'
import { PAGE_KEYS_FILE } from '../../site/integrations/pageKeys'
import type { ChangeSet } from '../../site/lib/perBuild'
import type { PatchResult } from './patchBuild'
import { type BuildResult, currentBuildDir, makeLive, newBuildDir, removeInterruptedBuilds } from './buildSite'
import { removeTrees } from './linkCopy'
import { buildCacheDir, defaultBuildsDir } from './paths'
import { patchWithRenderer, searchIndexWithRenderer, withSearchIndexByRenderer } from './residentRenderer'

const exists = (file: string) => fs.stat(file).then(() => true, () => false)

/**
 * Publishes a change by patching the live build with the resident renderer: only the pages the
 * change touched are rendered, into a linked copy of the live build that is swapped in as a full
 * build is. Null when there is no live build to patch (the caller builds in full).
 */
export async function patchSite(options: { buildsDir?: string; changes: ChangeSet }): Promise<(BuildResult & { searchIndexed?: boolean }) | null> {
  const { buildsDir = defaultBuildsDir, changes } = options
  const live = await currentBuildDir(buildsDir)
  if (!live || !(await exists(path.join(live, PAGE_KEYS_FILE)))) return null
  const started = Date.now()
  await removeInterruptedBuilds(buildsDir)
  const dir = newBuildDir(buildsDir)
  let result: PatchResult
  try {
    result = await patchWithRenderer(buildsDir, { liveDir: live, newDir: dir, changes, compressedCacheDir: compressedCacheDir(buildCacheDir(buildsDir)) })
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true })
    return { ok: false, error: error instanceof Error ? error.message : String(error), ms: Date.now() - started }
  }
  const swapStarted = Date.now()
  await makeLive(buildsDir, dir)
  const steps = { ...result.steps, worker: result.ms, swap: Date.now() - swapStarted }
  return { ok: true, dir, ms: Date.now() - started, pages: { rendered: result.rendered, reused: result.reused }, steps, searchIndexed: result.searchIndexed }
}

/**
 * Pagefind's index for the live build's search entries, made beside it (about 7 s for 10,000
 * entries, so not on the way to a visible page). Returns a function that swaps it into the build
 * live at that moment — called under the build queue, so no patch swaps at the same time.
 */
export async function prepareSearchIndex(buildsDir = defaultBuildsDir): Promise<{ indexed: string; apply: () => Promise<void>; discard: () => Promise<void> } | null> {
  const live = await currentBuildDir(buildsDir)
  if (!live) return null
  const outputDir = path.join(buildsDir, `pagefind-${process.pid}-${Date.now()}`)
  const discard = () => removeTrees([outputDir])
  try {
    await searchIndexWithRenderer(buildsDir, { buildDir: live, outputDir, compressedCacheDir: compressedCacheDir(buildCacheDir(buildsDir)) })
  } catch (error) {
    await discard()
    throw error
  }
  return {
    indexed: live,
    discard,
    apply: async () => {
      const now = await currentBuildDir(buildsDir)
      if (!now) return discard()
      const dir = newBuildDir(buildsDir)
      try {
        await withSearchIndexByRenderer(buildsDir, { liveDir: now, newDir: dir, indexDir: outputDir, compressedCacheDir: compressedCacheDir(buildCacheDir(buildsDir)) })
      } catch (error) {
        await fs.rm(dir, { recursive: true, force: true })
        await discard()
        throw error
      }
      await makeLive(buildsDir, dir)
    },
  }
}
