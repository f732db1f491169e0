import type { PayloadRequest, Where } from 'payload'

import { userOrgUnitId } from '../../cms/access/predicates'
import { idOf } from '../fields/relations'

/** What the public sees: awarded entries of contests whose results are out, with consent to publish the text. */
export const publicShowcase: Where = {
  and: [{ status: { equals: 'awarded' } }, { 'contest.phase': { equals: 'results' } }, { 'consent.text': { equals: true } }],
}

/**
 * A judge's entries: past screening, of contests they judge, and never one from their own
 * commune (conflict of interest).
 */
export function judgeAssignment(req: PayloadRequest): Where | false {
  if (!req.user) return false
  const unit = userOrgUnitId(req)
  return {
    and: [
      { 'contest.judges': { equals: req.user.id } },
      { status: { in: ['screened-in', 'shortlisted', 'awarded', 'not-awarded'] } },
      ...(unit == null ? [] : [{ or: [{ commune: { not_equals: unit } }, { commune: { exists: false } }] }]),
    ],
  }
}

/** Whether a contest hides who submitted from its judges (unknown contests count as blind). */
export async function contestIsBlind(req: PayloadRequest, contest: unknown): Promise<boolean> {
  const id = idOf(contest)
  if (id == null) return true
  const cache = ((req.context.blindContests as Map<string, boolean> | undefined) ??= new Map())
  if (!cache.has(String(id))) {
    const doc = await req.payload.findByID({ collection: 'contests', id, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })
    cache.set(String(id), doc?.blindJudging !== false)
  }
  return cache.get(String(id))!
}
