import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../collections/fields/relations'
import { translate } from '../i18n/translate'

type Owner = 'entry' | 'report'
const idsIn = (value: unknown) => ((value ?? []) as unknown[]).map(idOf).filter((id): id is number | string => id != null)

/**
 * A document may list only private files the person saving it can read and that belong to no
 * other document: otherwise listing another unit's evidence (ids are sequential) would hand it
 * over, since the file then follows the document it is attached to.
 */
function refuseForeignFiles(field: string, owner: Owner): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    if (!req.user || !(field in data)) return data
    const before = new Set(idsIn(originalDoc?.[field]).map(String))
    const added = idsIn(data[field]).filter((id) => !before.has(String(id)))
    if (added.length === 0) return data
    const readable = await req.payload.find({ collection: 'private-files', where: { id: { in: added } }, depth: 0, pagination: false, overrideAccess: false, user: req.user, req })
    const own = originalDoc?.id
    const usable = readable.docs.filter((file) => {
      const other = owner === 'entry' ? file.report : file.entry
      const mine = idOf(file[owner])
      return idOf(other) == null && (mine == null || String(mine) === String(own))
    })
    if (usable.length < added.length) throw new APIError(translate(req, 'privateFileNotYours'), 403, null, true)
    return data
  }
}

/**
 * Ties the private files a document holds to it, so the files' read rule (the entry's organisers
 * and assigned judges; the report's unit tree) follows the document they were sent with.
 */
function linkFiles(field: string, owner: Owner, unitOf: (doc: Record<string, unknown>) => unknown): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    const ids = idsIn(doc[field])
    if (ids.length === 0) return doc
    await req.payload.update({ collection: 'private-files', where: { id: { in: ids } }, data: { [owner]: doc.id, orgUnit: idOf(unitOf(doc)) } as never, overrideAccess: true, depth: 0, req })
    return doc
  }
}

/** Entry files belong to the contest, not to any commune's officers. */
export const entryFiles = { check: refuseForeignFiles('files', 'entry'), link: linkFiles('files', 'entry', () => null) }
/** Evidence belongs to the report's commune (and so to its district above). */
export const reportEvidence = { check: refuseForeignFiles('evidence', 'report'), link: linkFiles('evidence', 'report', (doc) => doc.orgUnit) }
