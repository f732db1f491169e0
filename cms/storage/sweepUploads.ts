import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { backupInProgress } from '../backup/backupLock'
import { isPlainName, putBack, removedDir, setAside, storedFileNames } from './removedFiles'

export type SweepCounts = { setAside: number; restored: number; removed: number }

/** A file younger than this may belong to an upload whose row is not committed yet. */
export const sweepGraceMs = 60 * 60 * 1000
/** How long an unreferenced file waits, set aside, before it is removed for good. */
export const removedFilesKeptMs = 24 * 60 * 60 * 1000

async function referencedNames(payload: Payload, slug: CollectionSlug): Promise<Set<string>> {
  const names = new Set<string>()
  const { docs } = await payload.find({ collection: slug, depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true })
  for (const doc of docs) for (const name of storedFileNames(doc as never)) names.add(name)
  return names
}

async function entries(dir: string) {
  const dirents = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
  return Promise.all(dirents.filter((d) => d.isFile() && isPlainName(d.name)).map(async (d) => ({ name: d.name, stat: await fs.stat(path.join(dir, d.name)) })))
}

/**
 * Files no row references (an upload whose save failed, a process killed mid-way) are set
 * aside, and removed a day later; files set aside for a deletion that never finished are put
 * back if their row is still there. A collection with no rows at all is left alone: that is a
 * database that does not belong to this folder, not a folder of orphans.
 */
export async function sweepUploads(payload: Payload, now = Date.now()): Promise<Record<string, SweepCounts>> {
  const result: Record<string, SweepCounts> = {}
  for (const collection of payload.config.collections) {
    const staticDir = collection.upload && typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
    if (!staticDir) continue
    const counts: SweepCounts = { setAside: 0, restored: 0, removed: 0 }
    result[collection.slug] = counts
    const referenced = await referencedNames(payload, collection.slug as CollectionSlug)
    const live = await entries(staticDir)
    if (referenced.size === 0 && live.length > 0) {
      payload.logger.warn(`${staticDir}: ${live.length} tệp nhưng không có dòng nào trong "${collection.slug}" — không dọn (files but no rows: left alone)`)
      continue
    }
    const liveNames = new Set(live.map((f) => f.name))
    for (const file of await entries(removedDir(staticDir))) {
      // ctime is when the file was set aside (a rename changes it).
      const waited = now - file.stat.ctimeMs
      if (referenced.has(file.name) && !liveNames.has(file.name) && waited > sweepGraceMs) {
        await putBack(staticDir, [file.name])
        counts.restored++
      } else if (waited > removedFilesKeptMs && (!referenced.has(file.name) || liveNames.has(file.name)) && !backupInProgress()) {
        await fs.rm(path.join(removedDir(staticDir), file.name), { force: true })
        counts.removed++
      }
    }
    const unreferenced = live.filter((f) => !referenced.has(f.name) && now - f.stat.mtimeMs > sweepGraceMs).map((f) => f.name)
    counts.setAside = (await setAside(staticDir, unreferenced)).length
  }
  return result
}
