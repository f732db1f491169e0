import { dictionary } from '@zxcvbn-ts/language-common'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '../i18n/translate'
import type { MessageKey } from '../i18n/messages'
import { usersSlug } from '../plugin/installed'

export const minPasswordLength = 12

/** The 49,000 most common passwords (zxcvbn-ts), and words everyone here would try first. */
const common = new Set<string>([...dictionary['passwords-common'], 'matkhau', 'duan8', 'hoilhpn', 'phunu', 'quantri'].map((p) => p.toLowerCase()))

/** Why a password is refused, or null. */
export function passwordProblem(password: string, email?: string | null): MessageKey | null {
  if (password.length < minPasswordLength) return 'passwordTooShort'
  const lower = password.toLowerCase()
  if (common.has(lower) || common.has(lower.replace(/[\p{N}\p{P}\p{S}\s_]+$/u, '')) || /^(.)\1+$/u.test(password)) return 'passwordTooCommon'
  // Any word of four letters or more from the account's name (hoa.nguyen → "nguyen").
  const words = (email?.split('@')[0] ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4)
  if (words.some((w) => lower.includes(w))) return 'passwordContainsEmail'
  return null
}

/**
 * Every way a password is set — an account created, a password changed, a reset with the
 * emailed token — passes through here before Payload hashes it.
 */
export const checkPasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: { password?: unknown; email?: string } }).data
  if (typeof data?.password !== 'string' || data.password === '') return args
  let email = data.email
  const id = (args as { id?: number | string }).id
  if (!email && id != null) email = (await req.payload.findByID({ collection: usersSlug(req.payload), id, depth: 0, overrideAccess: true, disableErrors: true, req }))?.email
  const problem = passwordProblem(data.password, email)
  if (problem) throw new ValidationError({ collection: usersSlug(req.payload), errors: [{ path: 'password', message: translate(req, problem, { min: minPasswordLength }) }] }, req.t)
  return args
}
