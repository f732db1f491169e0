import type { FieldAccess, PayloadRequest } from 'payload'

import { idOf } from '../../collections/fields/relations'
import type { Role } from './roles'

type UserLike = { id: number | string; role?: Role | null; orgUnit?: unknown }

export function currentUser(req: Pick<PayloadRequest, 'user'>): UserLike | null {
  return (req.user as UserLike | null) ?? null
}

export function userRole(req: Pick<PayloadRequest, 'user'>): Role | null {
  return currentUser(req)?.role ?? null
}

/** The id of the user's org unit whether the relationship was populated or not. */
export function userOrgUnitId(req: Pick<PayloadRequest, 'user'>): number | string | null {
  return idOf(currentUser(req)?.orgUnit)
}

/** A field only hooks set (who submitted, when, computed flags): nobody types it, through any API. */
export const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
