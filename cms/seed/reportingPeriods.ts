import { createLocalReq, type Payload } from 'payload'

import { syncPlanPeriods } from '../reporting/planPeriods'
import { seedPlanSlug } from './plan'

/** The seeded plan's reporting periods, from its schedule (as publishing it makes them); those an editor deleted come back only here. */
export async function seedReportingPeriods(payload: Payload): Promise<void> {
  const { docs } = await payload.find({ collection: 'plans', where: { slug: { equals: seedPlanSlug } }, depth: 0, limit: 1 })
  const plan = docs[0]
  if (plan?._status === 'published') await syncPlanPeriods(await createLocalReq({}, payload), plan)
}
