import type { Access, PayloadRequest, Where } from 'payload'

import { userOrgUnitId, userRole } from '../../cms/access/predicates'
import { idOf } from '../fields/relations'

/**
 * The reports a user may see and touch: a commune officer their commune's; a district officer
 * those of the communes under their district; admins all. Nobody else, the public included:
 * the public sees only published, suppressed summaries.
 */
export function reportScope(req: PayloadRequest): boolean | Where {
  const role = userRole(req)
  if (role === 'admin') return true
  const unit = userOrgUnitId(req)
  if (unit == null) return false
  if (role === 'commune-officer') return { orgUnit: { equals: unit } }
  if (role === 'district-officer') return { or: [{ orgUnit: { equals: unit } }, { 'orgUnit.parent': { equals: unit } }] }
  return false
}

export const inReportScope: Access = ({ req }) => reportScope(req)

/** Whether the user may report for this commune: admins any; a commune officer their own; a district officer those under their district. */
export function mayReportFor(req: PayloadRequest, unit: { id: unknown; parent?: unknown }): boolean {
  const role = userRole(req)
  if (role === 'admin') return true
  const own = String(userOrgUnitId(req))
  if (role === 'commune-officer') return String(unit.id) === own
  return role === 'district-officer' && String(idOf(unit.parent)) === own
}
