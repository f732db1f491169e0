import type { PayloadRequest } from 'payload'

import { userOrgUnitId, userRole } from '../../cms/access/predicates'
import { unitChain } from '../../cms/access/unitTree'
import { idOf } from '../fields/relations'

type Unit = { id: number | string; parent?: unknown }

/**
 * Whether the user may report for this commune — the policy's `unitTree` rule for
 * indicator reports, answered from units already loaded (the CSV import checks every line):
 * admins any; district and commune officers the communes of their own unit's tree. `units`
 * caches what is already known.
 */
export async function mayReportFor(req: PayloadRequest, unit: Unit, units: Map<string, Unit> = new Map()): Promise<boolean> {
  const role = userRole(req)
  if (role === 'admin') return true
  if (role !== 'district-officer' && role !== 'commune-officer') return false
  const own = userOrgUnitId(req)
  if (own == null) return false
  units.set(String(unit.id), unit)
  const chain = await unitChain(unit.id, async (id) => {
    const known = units.get(String(id))
    if (known) return idOf(known.parent)
    const found = await req.payload.findByID({ collection: 'org-units', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (found) units.set(String(id), found)
    return found ? idOf(found.parent) : null
  })
  return chain.includes(String(own))
}
