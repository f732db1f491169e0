import type { PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { idOf } from '../../collections/fields/relations'
import { userOrgUnitId } from './predicates'

type Id = number | string
/** Province → district → commune → village: a unit is at most three levels below another. */
const levelsBelow = ['', '.parent', '.parent.parent', '.parent.parent.parent'] as const

/**
 * Documents whose org unit (at `path`; `id` for org units themselves) is the user's own unit
 * or one below it. A user without a unit reaches nothing.
 */
export function unitTreeWhere(req: PayloadRequest, path: string): Where | false {
  const unit = userOrgUnitId(req)
  if (unit == null) return false
  const base = path === 'id' ? ['id', 'parent', 'parent.parent', 'parent.parent.parent'] : levelsBelow.map((s) => `${path}${s}`)
  return { or: base.map((p) => ({ [p]: { equals: unit } })) }
}

/** The unit and its ancestors, nearest first, read through `parentOf` (a lookup or the database). */
export async function unitChain(unitId: Id, parentOf: (id: Id) => Promise<Id | null> | Id | null): Promise<string[]> {
  const chain: string[] = []
  let current: Id | null = unitId
  while (current != null && chain.length < levelsBelow.length && !chain.includes(String(current))) {
    chain.push(String(current))
    current = await parentOf(current)
  }
  return chain
}

/** Whether an org unit is the user's own unit or below it, walking up through the database. */
export async function isInUserTree(req: PayloadRequest, unitId: Id | null): Promise<boolean> {
  const own = userOrgUnitId(req)
  if (own == null || unitId == null) return false
  const chain = await unitChain(unitId, async (id) => {
    const unit = await req.payload.findByID({ collection: 'org-units', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    return unit ? idOf(unit.parent) : null
  })
  return chain.includes(String(own))
}

/** The org unit a document gives at `path`: its own field, or one reached through a relationship (`plan.owner`). */
export async function unitOfDocument(req: PayloadRequest, collection: string, path: string, doc: Record<string, unknown>): Promise<Id | null> {
  const [first, ...rest] = path.split('.')
  let value: unknown = doc[first]
  if (rest.length > 0 && value != null) {
    const collections = req.payload.collections as Record<string, { config: SanitizedCollectionConfig }>
    const field = collections[collection]?.config.flattenedFields.find((f) => f.name === first) as { relationTo?: string } | undefined
    const related = await req.payload.findByID({ collection: field!.relationTo as never, id: idOf(value)!, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })
    value = related ? (related as Record<string, unknown>)[rest.join('.')] : null
  }
  return idOf(value)
}
