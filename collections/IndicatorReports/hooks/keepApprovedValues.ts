import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { IndicatorReport } from '../../../cms/payload-types'
import { forgetApprovedValues, recordApprovedValues } from '../../../cms/progress/approvedValues'

/** Approving a report adds its values to the fact table progress is totalled from; leaving "approved" removes them. */
export const keepApprovedValues: CollectionAfterChangeHook<IndicatorReport> = async ({ doc, previousDoc, req }) => {
  if (doc.status === 'approved' || previousDoc?.status === 'approved') await recordApprovedValues(req, doc)
  return doc
}

/** Before the report goes (its rows would otherwise lose their link to it and still be counted). */
export const forgetDeletedReport: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await forgetApprovedValues(req, id)
}
