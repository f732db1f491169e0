import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { userRole } from '../../cms/access/predicates'
import { translate } from '../../cms/i18n/translate'
import { idOf } from '../fields/relations'

type Score = { criterion?: string; score?: number | null }

/**
 * A judge scores only entries assigned to them (the entry's own read rule decides: their
 * contest, past screening, not their commune), only while the contest is judging, one sheet per
 * entry, each criterion of the rules once, within its maximum. `complete` is computed here.
 */
export const checkSheet: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const original = originalDoc as Record<string, unknown> | undefined
  const entryId = idOf(data.entry ?? original?.entry)!
  const isJudge = userRole(req) === 'judge'
  if (isJudge) data.judge = operation === 'create' ? req.user!.id : original?.judge
  // A judge's own read rule is the assignment; others read the entry as it is.
  const entry = await req.payload.findByID({ collection: 'contest-entries', id: entryId, depth: 0, overrideAccess: !isJudge, user: req.user, disableErrors: true, req })
  if (!entry) throw new APIError(translate(req, 'scoreNotAssigned'), 403, null, true)
  const contest = await req.payload.findByID({ collection: 'contests', id: idOf(entry.contest)!, depth: 0, draft: true, overrideAccess: true, req })
  if (isJudge && contest.phase !== 'judging') throw new APIError(translate(req, 'scoreNotJudging'), 403, null, true)

  const judge = idOf(data.judge ?? original?.judge)
  const existing = await req.payload.find({
    collection: 'contest-scores',
    where: { and: [{ entry: { equals: entryId } }, { judge: { equals: judge } }, ...(original?.id != null ? [{ id: { not_equals: original.id } }] : [])] },
    depth: 0, limit: 1, overrideAccess: true, req,
  })
  if (existing.totalDocs > 0) throw new ValidationError({ collection: 'contest-scores', errors: [{ path: 'entry', message: translate(req, 'scoreDuplicateSheet') }] }, req.t)

  const criteria = new Map((contest.criteria ?? []).map((c) => [c.name, c]))
  const scores = (data.scores ?? original?.scores ?? []) as Score[]
  const errors: { path: string; message: string }[] = []
  const seen = new Set<string>()
  scores.forEach((s, i) => {
    const name = s.criterion ?? ''
    const criterion = criteria.get(name)
    if (!criterion) errors.push({ path: `scores.${i}.criterion`, message: translate(req, 'scoreUnknownCriterion', { name }) })
    else if (typeof s.score !== 'number' || s.score < 0 || s.score > criterion.maxScore) errors.push({ path: `scores.${i}.score`, message: translate(req, 'scoreOutOfRange', { name, max: criterion.maxScore }) })
    if (seen.has(name)) errors.push({ path: `scores.${i}.criterion`, message: translate(req, 'scoreDuplicateCriterion', { name }) })
    seen.add(name)
  })
  if (errors.length) throw new ValidationError({ collection: 'contest-scores', errors }, req.t)
  data.contest = contest.id
  data.complete = criteria.size > 0 && [...criteria.keys()].every((name) => seen.has(name))
  return data
}
