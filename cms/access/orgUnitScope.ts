import type { Access, Where } from 'payload'

import { userOrgUnitId, userRole } from './predicates'

/**
 * Who may change an org unit: admins everywhere; a district officer their district and the
 * communes and villages below it; a commune officer their commune and its villages.
 */
export const canEditOrgUnit: Access = ({ req }) => {
  const role = userRole(req)
  if (role === 'admin') return true
  const unitId = userOrgUnitId(req)
  if (unitId == null) return false
  const ownAndBelow: Where[] = [{ id: { equals: unitId } }, { parent: { equals: unitId } }]
  if (role === 'commune-officer') return { or: ownAndBelow }
  if (role === 'district-officer') return { or: [...ownAndBelow, { 'parent.parent': { equals: unitId } }] }
  return false
}
