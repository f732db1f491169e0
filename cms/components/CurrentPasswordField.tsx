'use client'

import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

// PasswordField's own check would demand a value on every save; only a password change needs one, and the server says so.
const checkedByServer = () => true as const

/** The current password, typed into a password input the browser can fill from its store. */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} validate={checkedByServer} />
)
