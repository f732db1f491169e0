import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { translate } from '../../cms/i18n/translate'
import { planProgress } from '../../cms/progress/aggregate'
import { toPublicProgress, type PublicProgress } from '../../cms/progress/publicProgress'
import { idOf } from '../fields/relations'

type Doc = Record<string, unknown>
const wasPublished = (doc: Doc | undefined) => Boolean(doc?.publishedAt) || doc?._status === 'published'

/**
 * While a summary is a draft, every save recomputes its numbers from the approved reports; from
 * its first publication they are frozen: plan, date and numbers can no longer change.
 */
export const generateOrFreeze: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const original = originalDoc as Doc | undefined
  if (operation === 'update' && wasPublished(original)) {
    const moved = ['plan', 'asOf'].some((f) => f in data && String(idOf(data[f]) ?? '') !== String(idOf(original?.[f]) ?? ''))
    if (moved) throw new ValidationError({ collection: 'progress-summaries', errors: [{ path: 'asOf', message: translate(req, 'summaryFrozen') }] }, req.t)
    data.data = original?.data
    data.generatedAt = original?.generatedAt
    data.edition = original?.edition
    return data
  }
  const planId = idOf(data.plan ?? original?.plan)
  const asOf = (data.asOf ?? original?.asOf) as string
  if (planId == null || !asOf) return data
  // The plan's published editions: this one may not give away, by difference, what they hid.
  const published = await req.payload.find({
    collection: 'progress-summaries',
    where: { and: [{ plan: { equals: planId } }, { _status: { equals: 'published' } }, ...(original?.id != null ? [{ id: { not_equals: original.id } }] : [])] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const earlier = published.docs.map((d) => d.data as PublicProgress | null).filter((d): d is PublicProgress => Boolean(d?.indicators))
  data.data = toPublicProgress(await planProgress(req.payload, planId, asOf), earlier)
  data.generatedAt = new Date().toISOString()
  if (data.edition == null && original?.edition == null) {
    const previous = await req.payload.find({ collection: 'progress-summaries', where: { plan: { equals: planId } }, sort: '-edition', limit: 1, depth: 0, draft: true, overrideAccess: true, req })
    data.edition = ((previous.docs[0]?.edition as number | undefined) ?? 0) + 1
  }
  return data
}

/** A newly published summary supersedes the plan's earlier ones, which stay published and citable. */
export const markSuperseded: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published' || previousDoc?._status === 'published') return doc
  const older = await req.payload.find({
    collection: 'progress-summaries',
    where: { and: [{ plan: { equals: idOf(doc.plan) } }, { id: { not_equals: doc.id } }, { _status: { equals: 'published' } }, { supersededBy: { exists: false } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const old of older.docs) {
    await req.payload.update({ collection: 'progress-summaries', id: old.id, data: { supersededBy: doc.id }, overrideAccess: true, req, context: { supersede: true } })
  }
  return doc
}
