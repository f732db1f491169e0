import type { PayloadRequest } from 'payload'

import { allowedOrigins } from '../auth/allowedOrigins'
import { whenTransactionEnds } from '../storage/commitCallbacks'
import { adminBaseUrl } from './addresses'

/**
 * The address the officer opened the admin at, so the link works from their machine — but only
 * one the admin answers to (cms/auth/allowedOrigins.ts): a forged Host header must not send the
 * reset link, and its token, to somebody else's site.
 */
export function resetLinkBase(req: PayloadRequest): string {
  if (process.env.CMS_PUBLIC_URL) return adminBaseUrl()
  const host = req.headers?.get?.('host')
  const asked = host ? `${req.headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http'}://${host}` : ''
  return allowedOrigins().includes(asked) ? asked : adminBaseUrl()
}

/**
 * Queued in the forgot-password operation's own transaction, and run as soon as that commits
 * rather than at the queue's next minute: the officer is waiting for the mail.
 */
export async function queuePasswordResetMail(req: PayloadRequest, user: { id: number | string }, token: string): Promise<void> {
  const { payload } = req
  const job = await payload.jobs.queue({ task: 'sendPasswordReset', input: { user: Number(user.id), token, base: resetLinkBase(req) }, req })
  const runNow = async () => {
    void payload.jobs.runByID({ id: job.id }).catch((err: unknown) => payload.logger.error({ err, msg: 'password reset mail' }))
  }
  if (!whenTransactionEnds(req, runNow, async () => {})) await runNow()
}
