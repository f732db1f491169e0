import { ValidationError, type CollectionBeforeOperationHook, type Field } from 'payload'
import { adminComponent } from '../components/adminComponent'

import { translate } from '../i18n/translate'
import { checkPasswordWithinLimits } from './loginThrottle'
import { usersSlug } from '../plugin/installed'

/** Asked on one's own account only, and never stored. */
export const currentPasswordField: Field = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  admin: {
    description: { vi: 'Chỉ cần khi đổi mật khẩu của chính bạn.', en: 'Needed only to change your own password.' },
    condition: (data, _siblingData, { user }) => Boolean(user && data?.id != null && String(data.id) === String(user.id)),
    components: { Field: adminComponent('CurrentPasswordField') },
  },
}

/**
 * A new password for one's own account (or for several accounts at once) needs the current one,
 * so a session left open or stolen cannot take the account over. Wrong guesses count like wrong
 * logins. An administrator setting another person's password, a reset with the emailed token and
 * server scripts without a user are not asked.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const { id, data } = args as { id?: number | string; data?: { password?: unknown; currentPassword?: unknown } }
  if (!data) return args
  const current = data.currentPassword
  delete data.currentPassword
  const changing = typeof data.password === 'string' && data.password !== ''
  const own = id == null || String(id) === String(req.user?.id)
  if (!changing || !req.user || !own) return args
  const refuse = (key: 'currentPasswordRequired' | 'currentPasswordWrong') =>
    new ValidationError({ collection: usersSlug(req.payload), errors: [{ path: 'currentPassword', message: translate(req, key) }] }, req.t)
  if (typeof current !== 'string' || current === '') throw refuse('currentPasswordRequired')
  if (!(await checkPasswordWithinLimits(req, String(req.user.email), current, true))) throw refuse('currentPasswordWrong')
  return args
}
