import type { CollectionConfig, Field } from 'payload'
import { adminComponent } from '../cms/components/adminComponent'
import { relationship } from 'payload/shared'

import { roleLabels, roles, scopedRoles, type Role } from '../cms/access/roles'
import { currentPasswordField, requireCurrentPassword } from '../cms/auth/currentPassword'
import { liftLoginHolds, throttleLogin } from '../cms/auth/loginThrottle'
import { checkPasswordPolicy } from '../cms/auth/passwordPolicy'
import { throttlePasswordReset } from '../cms/auth/resetThrottle'
import { secureSessionCookie } from '../cms/auth/sessionCookie'
import { queuePasswordResetMail } from '../cms/email/passwordReset'
import { queuedElsewhereSubject } from '../cms/email/queuedMail'
import { translate } from '../cms/i18n/translate'
import { alsoValidate } from './fields/validation'
import { announcePublisherLogin } from './hooks/publisherLogin'

/** Who an officer is to the plugin: its role and org unit, which every access rule reads. */
export const officerFields: Field[] = [
  { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Full name' } },
  {
    name: 'role',
    type: 'select',
    required: true,
    defaultValue: 'commune-officer',
    label: { vi: 'Vai trò', en: 'Role' },
    options: roles.map((value) => ({ value, label: roleLabels[value] })),
    saveToJWT: true,
  },
  {
    name: 'orgUnit',
    type: 'relationship',
    relationTo: 'org-units',
    label: { vi: 'Đơn vị', en: 'Org unit' },
    saveToJWT: true,
    validate: alsoValidate<unknown, { role?: Role }>(relationship, (value, { siblingData, req }) =>
      siblingData.role && scopedRoles.includes(siblingData.role) && value == null ? translate(req, 'orgUnitRequiredForRole') : true,
    ),
  },
]

/**
 * On a host's users, who already exist without a role: none is required, and a user without one
 * has only what the policy gives any logged-in user.
 */
export const officerFieldsForHost: Field[] = officerFields.map((field) =>
  'name' in field && field.name === 'role' ? ({ ...field, required: false, defaultValue: undefined } as Field) : field,
)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { vi: 'Người dùng', en: 'User' },
    plural: { vi: 'Người dùng', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'orgUnit'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  hooks: { beforeOperation: [throttleLogin, throttlePasswordReset, requireCurrentPassword, checkPasswordPolicy], afterOperation: [liftLoginHolds], afterLogin: [announcePublisherLogin] },
  auth: {
    // Wrong passwords are throttled by cms/auth/loginThrottle.ts, per address and account, not by Payload's account lock.
    maxLoginAttempts: 0,
    useSessions: true,
    // Secure (sent over https only) when the public address is https, or when SESSION_COOKIE_SECURE=1.
    cookies: { secure: secureSessionCookie(), sameSite: 'Lax' },
    // The link is valid for an hour; resetting logs out every earlier session (Payload clears them).
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      // Payload's own interval check writes beside the operation's transaction, which on SQLite
      // waits on that very transaction's lock and fails: requests are limited by
      // cms/auth/resetThrottle.ts instead (3 an hour per email, 5 per address).
      minRequestInterval: 0,
      // The mail itself is queued here, in the operation's transaction, and sent by the job queue.
      generateEmailSubject: () => queuedElsewhereSubject,
      generateEmailHTML: async (args) => {
        if (args?.req && args.user && args.token) await queuePasswordResetMail(args.req, args.user as { id: number }, args.token)
        return ''
      },
    },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
  },
  fields: [
    ...officerFields,
    currentPasswordField,
    {
      name: 'unlockLogin',
      type: 'ui',
      admin: {
        condition: (data, _siblingData, { user }) => user?.role === 'admin' && data?.id != null && String(data.id) !== String(user.id),
        components: { Field: adminComponent('UnlockLoginButton') },
      },
    },
  ],
}
