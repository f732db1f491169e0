import type { Payload } from 'payload'

import type { Email } from './layout'

type Notice = { key: string; kind: 'deadline-reminder' | 'overdue-list'; recipient: { id: number | string; email: string } }

/**
 * Sends a notice unless one with the same key went out already: the row is written first and
 * removed again if the mail server refuses, so the job's retry sends it then. Returns whether
 * it was sent now.
 */
export async function sendOnce(payload: Payload, notice: Notice, message: Email): Promise<boolean> {
  const seen = await payload.count({ collection: 'sent-notices', where: { key: { equals: notice.key } }, overrideAccess: true })
  if (seen.totalDocs > 0) return false
  const row = await payload.create({
    collection: 'sent-notices',
    data: { key: notice.key, kind: notice.kind, recipient: notice.recipient.id as number, subject: message.subject },
    overrideAccess: true,
  })
  try {
    await payload.sendEmail({ to: notice.recipient.email, subject: message.subject, html: message.html, text: message.text })
    return true
  } catch (error) {
    await payload.delete({ collection: 'sent-notices', id: row.id, overrideAccess: true })
    throw error
  }
}
