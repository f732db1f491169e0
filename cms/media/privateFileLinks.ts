import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../collections/fields/relations'

/**
 * Ties the private files a document holds to it, so the files' read rule (the entry's organisers
 * and assigned judges; the report's unit tree) follows the document they were sent with.
 */
function linkFiles(field: string, owner: 'entry' | 'report', unitOf: (doc: Record<string, unknown>) => unknown): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    const ids = ((doc[field] ?? []) as unknown[]).map(idOf).filter((id): id is number | string => id != null)
    if (ids.length === 0) return doc
    await req.payload.update({
      collection: 'private-files',
      where: { id: { in: ids } },
      data: { [owner]: doc.id, orgUnit: idOf(unitOf(doc)) } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    return doc
  }
}

/** Entry files belong to the contest, not to any commune's officers. */
export const linkEntryFiles = linkFiles('files', 'entry', () => null)
/** Evidence belongs to the report's commune (and so to its district above). */
export const linkReportEvidence = linkFiles('evidence', 'report', (doc) => doc.orgUnit)
