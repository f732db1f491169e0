import type { FieldAccess, Payload, PayloadRequest } from 'payload'

import { idOf } from '../../collections/fields/relations'
import { usersSlug } from '../plugin/installed'
import type { Role } from './roles'

type UserLike = { id: number | string; role?: Role | null; orgUnit?: unknown; collection?: string }

/**
 * The officer making the request. A host may log people in through other auth collections (its own
 * `admins`, customers with a `role` of their own): to the policy they are no one, whatever their
 * id or fields, so an `admins` #1 is never the officer `users` #1.
 */
export function currentUser(req: Pick<PayloadRequest, 'user'> & { payload?: Pick<Payload, 'config'> }): UserLike | null {
  const user = (req.user as UserLike | null) ?? null
  if (user && req.payload && user.collection && user.collection !== usersSlug(req.payload)) return null
  return user
}

export function userRole(req: Parameters<typeof currentUser>[0]): Role | null {
  return currentUser(req)?.role ?? null
}

/** The id of the user's org unit whether the relationship was populated or not. */
export function userOrgUnitId(req: Parameters<typeof currentUser>[0]): number | string | null {
  return idOf(currentUser(req)?.orgUnit)
}

/** A field only hooks set (who submitted, when, computed flags): nobody types it, through any API. */
export const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
