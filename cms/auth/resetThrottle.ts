import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '../i18n/translate'
import { limits, reserveAttempts } from '../limits/rateLimit'
import { requestAddress } from './requestAddress'

/**
 * "Forgot password" sends mail: limited per address and per email asked for, so nobody can fill
 * an officer's mailbox or use the server to send mail in bulk. An unknown email counts the same
 * as a known one, so the answer tells nothing about which accounts exist. Counted inside the
 * operation's transaction: a refused request rolls back nothing it should keep, since it sends nothing.
 */
export const throttlePasswordReset: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '').trim().toLowerCase()
  if (!email) return args
  const reserved = await reserveAttempts(req.payload, [
    { name: 'passwordResetFromAddress', key: requestAddress(req) },
    { name: 'passwordResetForAccount', key: email },
  ], req)
  if (!reserved) {
    const minutes = Math.round(limits.passwordResetForAccount.windowMs / 60_000)
    const error = new APIError(translate(req, 'passwordResetHeld', { minutes }), 429, null, true)
    // Logged like a held login: one line, no stack (payload.config.ts loggingLevels).
    error.name = 'LockedAuth'
    throw error
  }
  return args
}
