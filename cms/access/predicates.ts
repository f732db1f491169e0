import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { idOf } from '../../collections/fields/relations'
import type { Role } from './roles'

type UserLike = { id: number | string; role?: Role | null; orgUnit?: unknown }

export function currentUser(req: PayloadRequest): UserLike | null {
  return (req.user as UserLike | null) ?? null
}

export function userRole(req: PayloadRequest): Role | null {
  return currentUser(req)?.role ?? null
}

/** The id of the user's org unit whether the relationship was populated or not. */
export function userOrgUnitId(req: PayloadRequest): number | string | null {
  return idOf(currentUser(req)?.orgUnit)
}

export const anyone: Access = () => true

export const authenticated: Access = ({ req }) => Boolean(req.user)

export const isAdmin: Access = ({ req }) => userRole(req) === 'admin'

export const isAdminField: FieldAccess = ({ req }) => userRole(req) === 'admin'

export function hasRole(...allowed: Role[]): Access {
  return ({ req }) => {
    const role = userRole(req)
    return role !== null && allowed.includes(role)
  }
}

/** The same rule for a single field. */
export function fieldHasRole(...allowed: Role[]): FieldAccess {
  return ({ req }) => {
    const role = userRole(req)
    return role !== null && allowed.includes(role)
  }
}

/** A field only hooks set (who submitted, when, computed flags): nobody types it, through any API. */
export const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/** Editors see drafts; everyone else (including the public site) sees published documents only. */
export function publishedOrRole(...editors: Role[]): Access {
  return ({ req }) => {
    const role = userRole(req)
    if (role && editors.includes(role)) return true
    const published: Where = { _status: { equals: 'published' } }
    return published
  }
}

export const adminOrSelf: Access = ({ req }) => {
  const user = currentUser(req)
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}
