import type { CollectionAfterChangeHook } from 'payload'

/** A report sent back to its commune: its officers hear by email, through the job queue, once the change commits. */
export const noticeOnReturn: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.status === 'returned' && previousDoc?.status !== 'returned') {
    await req.payload.jobs.queue({ task: 'sendReportReturned', input: { report: doc.id }, req })
  }
  return doc
}
