import type { Access, PayloadRequest, Where } from 'payload'

import { userOrgUnitId, userRole } from '../../cms/access/predicates'

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
