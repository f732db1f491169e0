import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { fieldHasRole, userOrgUnitId, userRole } from '../../cms/access/predicates'
import { idOf } from '../fields/relations'

const organiserRoles = ['admin', 'contest-organiser'] as const
const isOrganiser = (req: PayloadRequest) => (organiserRoles as readonly string[]).includes(userRole(req) ?? '')

/** What the public sees: awarded entries of contests whose results are out, with consent to publish the text. */
export const publicShowcase: Where = {
  and: [{ status: { equals: 'awarded' } }, { 'contest.phase': { equals: 'results' } }, { 'consent.text': { equals: true } }],
}

/**
 * Organisers see every entry. A judge sees only entries past screening, of contests they judge,
 * and never one from their own commune (conflict of interest). Everyone else sees the showcase.
 */
export const readEntries: Access = ({ req }) => {
  if (isOrganiser(req)) return true
  if (userRole(req) === 'judge' && req.user) {
    const unit = userOrgUnitId(req)
    return {
      and: [
        { 'contest.judges': { equals: req.user.id } },
        { status: { in: ['screened-in', 'shortlisted', 'awarded', 'not-awarded'] } },
        ...(unit == null ? [] : [{ or: [{ commune: { not_equals: unit } }, { commune: { exists: false } }] }]),
      ],
    }
  }
  return publicShowcase
}

/** Contact details of the submitter: organisers only — never judges, never the public or any API answer to them. */
export const organisersOnly: FieldAccess = fieldHasRole(...organiserRoles)

async function contestIsBlind(req: PayloadRequest, contest: unknown): Promise<boolean> {
  const id = idOf(contest)
  if (id == null) return true
  const cache = ((req.context.blindContests as Map<string, boolean> | undefined) ??= new Map())
  if (!cache.has(String(id))) {
    const doc = await req.payload.findByID({ collection: 'contests', id, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })
    cache.set(String(id), doc?.blindJudging !== false)
  }
  return cache.get(String(id))!
}

/** Who made the entry: organisers; judges unless judging is blind; the public only with consent to show names. */
export const readIdentity: FieldAccess = async ({ req, doc }) => {
  if (isOrganiser(req)) return true
  if (userRole(req) === 'judge') return !(await contestIsBlind(req, doc?.contest))
  return doc?.consent?.names === true
}

/** Photos and documents: organisers and judges; the public only with consent to show images. */
export const readFiles: FieldAccess = ({ req, doc }) => isOrganiser(req) || userRole(req) === 'judge' || doc?.consent?.images === true
