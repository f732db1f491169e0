import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, Where } from 'payload'

import { idOf } from '../../collections/fields/relations'
import { hasCollection, mediaSlug } from '../plugin/installed'

/**
 * Where published content points at the media library: one list, read by the hooks below and by
 * nothing else. A media item that is not in the public library is still public while any
 * published document in this list uses it (an image in a published campaign's gallery).
 */
export const publicMediaReferences = [
  { collection: 'campaigns', fields: ['gallery', 'meta.image'] },
  { collection: 'plans', fields: ['attachments', 'meta.image'] },
  { collection: 'courses', fields: ['cover', 'lessons.recording', 'lessons.poster', 'lessons.documents'] },
] as const

type Reference = (typeof publicMediaReferences)[number]

function mediaIdsOf(doc: Record<string, unknown> | undefined, fields: readonly string[]): string[] {
  if (!doc) return []
  return fields.flatMap((field) => {
    // Through arrays too: `lessons.recording` is every lesson's recording.
    const values = field.split('.').reduce<unknown[]>((found, key) => found.flatMap((v) => [v].flat()).map((v) => (v as Record<string, unknown> | undefined)?.[key]), [doc])
    return values.flat().map(idOf).filter((id): id is number | string => id != null).map(String)
  })
}

async function publiclyUsed(req: PayloadRequest, mediaId: string): Promise<boolean> {
  for (const ref of publicMediaReferences) {
    if (!hasCollection(req.payload, ref.collection)) continue
    const where: Where = { and: [{ _status: { equals: 'published' } }, { or: ref.fields.map((f) => ({ [f]: { equals: mediaId } })) }] }
    const found = await req.payload.count({ collection: ref.collection, where, overrideAccess: true, req })
    if (found.totalDocs > 0) return true
  }
  return false
}

async function refresh(req: PayloadRequest, ids: string[]) {
  for (const id of new Set(ids)) {
    const used = await publiclyUsed(req, id)
    await req.payload.db.updateOne({ collection: mediaSlug(req.payload), id, data: { publicUse: used }, req, returning: false })
  }
}

function fieldsOf(slug: string): readonly string[] {
  return (publicMediaReferences.find((r) => r.collection === slug) as Reference | undefined)?.fields ?? []
}

/** After a publish, an unpublish or an edit, the media it uses now or used before are re-checked. */
export const refreshPublicMediaAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const fields = fieldsOf(collection.slug)
  const now = mediaIdsOf(doc, fields)
  const before = mediaIdsOf(previousDoc, fields)
  // Draft autosaves arrive every few seconds: only a publish, an unpublish or new media matter.
  if (doc._status === previousDoc?._status && doc._status !== 'published' && now.join() === before.join()) return doc
  await refresh(req, [...now, ...before])
  return doc
}

export const refreshPublicMediaAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await refresh(req, mediaIdsOf(doc, fieldsOf(collection.slug)))
  return doc
}
