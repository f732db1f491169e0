import type { PayloadRequest } from 'payload'

import { idOf } from '../../collections/fields/relations'
import { translate } from '../i18n/translate'
import type { ReportTable } from '../reporting/consolidation'

/** One person once per course and commune, however often they sent the form. */
export const learnerKey = (name: string, phone: string | null | undefined) =>
  `${name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()}|${(phone ?? '').replace(/\D/g, '')}`

/**
 * Learners who completed each course, per commune: what the requesting officer may read of the
 * completions (their own commune, the district's communes, everything for an administrator), as
 * evidence for the training target a course counts toward.
 */
export async function completionCounts(req: PayloadRequest): Promise<ReportTable> {
  const { docs } = await req.payload.find({
    collection: 'course-completions',
    overrideAccess: false,
    user: req.user,
    pagination: false,
    depth: 0,
    select: { course: true, commune: true, name: true, phone: true },
    req,
  })
  const learners = new Map<string, Set<string>>()
  for (const doc of docs) {
    const group = `${idOf(doc.course)}|${idOf(doc.commune)}`
    if (!learners.has(group)) learners.set(group, new Set())
    learners.get(group)!.add(learnerKey(doc.name, doc.phone))
  }
  const ids = (at: 0 | 1) => [...new Set([...learners.keys()].map((k) => k.split('|')[at]!))]
  const [courses, communes] = await Promise.all([
    req.payload.find({ collection: 'courses', where: { id: { in: ids(0) } }, depth: 1, draft: true, pagination: false, overrideAccess: true, select: { title: true, indicator: true }, req }),
    req.payload.find({ collection: 'org-units', where: { id: { in: ids(1) } }, depth: 0, pagination: false, overrideAccess: true, select: { name: true }, req }),
  ])
  const courseOf = new Map(courses.docs.map((c) => [String(c.id), c]))
  const communeOf = new Map(communes.docs.map((c) => [String(c.id), c.name]))
  const rows = [...learners.entries()]
    .map(([group, people]) => {
      const [course, commune] = group.split('|') as [string, string]
      const doc = courseOf.get(course)
      const indicator = doc?.indicator && typeof doc.indicator === 'object' ? doc.indicator.code : ''
      return [doc?.title ?? course, indicator, communeOf.get(commune) ?? commune, people.size] as [string, string, string, number]
    })
    .sort((a, b) => a[0].localeCompare(b[0], 'vi') || a[2].localeCompare(b[2], 'vi'))
  return {
    title: translate(req, 'completionCountsTitle'),
    subtitle: [translate(req, 'completionCountsAsOf', { date: new Date().toISOString().slice(0, 10) })],
    headings: [translate(req, 'completionCountsCourse'), translate(req, 'completionCountsIndicator'), translate(req, 'completionCountsCommune'), translate(req, 'completionCountsLearners')],
    rows,
    notes: [translate(req, 'completionCountsNote')],
  }
}
