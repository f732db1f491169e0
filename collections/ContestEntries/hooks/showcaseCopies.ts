import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import sharp from 'sharp'

import { privateFilesDir } from '../../../cms/paths'
import type { Contest, ContestEntry, PrivateFile } from '../../../cms/payload-types'
import { idOf } from '../../fields/relations'
import { mediaSlug } from '../../../cms/plugin/installed'

const syncing = 'showcaseCopiesSyncing'

/** Shown on the portal: awarded, results announced, and the submitter agreed to the text and to the images. */
function showsImages(entry: ContestEntry, contest: Contest | null): boolean {
  return entry.status === 'awarded' && contest?.phase === 'results' && contest._status === 'published' && entry.consent?.text === true && entry.consent?.images === true
}

/**
 * The public copies of an entry's files in the media library. Private files never reach the
 * portal; when the entry may show its images, each file is copied into `media` (marked as the
 * showcase of this entry, so the public may read it); when it may not any more — consent
 * withdrawn, award or results taken back — the copies are deleted.
 */
export async function syncShowcaseCopies(req: PayloadRequest, entry: ContestEntry, filesChanged = false): Promise<void> {
  const contest = await req.payload.findByID({ collection: 'contests', id: idOf(entry.contest)!, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })
  const copies = (entry.showcaseImages ?? []).map(idOf).filter((id): id is number => id != null)
  const context = { [syncing]: true }
  const shows = showsImages(entry, contest)
  if (shows && copies.length > 0 && !filesChanged) return
  if (copies.length > 0) {
    await req.payload.delete({ collection: mediaSlug(req.payload), where: { id: { in: copies } }, overrideAccess: true, req, context })
    if (!shows) await req.payload.update({ collection: 'contest-entries', id: entry.id, data: { showcaseImages: [] }, overrideAccess: true, depth: 0, req, context })
  }
  if (!shows) return
  const made: number[] = []
  for (const fileId of (entry.files ?? []).map(idOf)) {
    const file = (await req.payload.findByID({ collection: 'private-files', id: fileId!, depth: 0, overrideAccess: true, disableErrors: true, req })) as PrivateFile | null
    if (!file?.filename) continue
    let data = await fs.readFile(path.join(privateFilesDir, path.basename(file.filename)))
    // Re-encoded: the public copy carries no camera metadata (place, time, device).
    if (file.mimeType?.startsWith('image/') && file.mimeType !== 'image/gif') data = await sharp(data).rotate().toBuffer()
    const copy = await req.payload.create({
      collection: mediaSlug(req.payload),
      data: { alt: file.description || `Ảnh mô hình “${entry.title}”`, caption: entry.title, inLibrary: false, consent: true, showcaseOf: entry.id },
      // Named after the model, not after what the submitter called the file.
      file: { data, name: `${entry.slug || 'mo-hinh'}-${made.length + 1}${path.extname(file.filename)}`, mimetype: file.mimeType ?? 'application/octet-stream', size: data.length },
      overrideAccess: true,
      req,
      context,
    })
    made.push(copy.id as number)
  }
  await req.payload.update({ collection: 'contest-entries', id: entry.id, data: { showcaseImages: made }, overrideAccess: true, depth: 0, req, context })
}

const fileIds = (doc: { files?: unknown } | undefined) => JSON.stringify(((doc?.files ?? []) as unknown[]).map(idOf))

export const showcaseCopiesAfterEntryChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (!context[syncing]) await syncShowcaseCopies(req, doc as ContestEntry, fileIds(doc) !== fileIds(previousDoc))
  return doc
}

/** A deleted entry takes its public copies with it (before its row goes, while they still point at it). */
export const showcaseCopiesBeforeEntryDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: mediaSlug(req.payload), where: { showcaseOf: { equals: id } }, overrideAccess: true, req })
}

/** A contest moving into or out of its results, or being unpublished, changes what every one of its entries may show. */
export const showcaseCopiesAfterContestChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.phase === previousDoc?.phase && doc._status === previousDoc?._status) return doc
  const entries = await req.payload.find({ collection: 'contest-entries', where: { contest: { equals: doc.id } }, depth: 0, pagination: false, overrideAccess: true, req })
  for (const entry of entries.docs) await syncShowcaseCopies(req, entry)
  return doc
}
