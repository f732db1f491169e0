import type { Payload } from 'payload'

import { halfYearPeriodsFromPlan } from '../../collections/ReportingPeriods/fromPlan'
import { seedPlanSlug } from './plan'

/** Half-year reporting periods over the seeded plan's years, with the plan's deadlines. */
export async function seedReportingPeriods(payload: Payload): Promise<void> {
  const { docs } = await payload.find({ collection: 'plans', where: { slug: { equals: seedPlanSlug } }, depth: 0, limit: 1, draft: true })
  const plan = docs[0]
  if (!plan) return
  for (const period of halfYearPeriodsFromPlan(plan)) {
    const existing = await payload.count({ collection: 'reporting-periods', where: { code: { equals: period.code } } })
    if (existing.totalDocs === 0) await payload.create({ collection: 'reporting-periods', data: period })
  }
}
