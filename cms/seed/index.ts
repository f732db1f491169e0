import type { Payload } from 'payload'

import { seedAdminUser } from './adminUser'
import { seedCampaignThemes } from './campaignThemes'
import { seedIndicators } from './indicators'
import { seedOrgUnits } from './orgUnits'
import { seedPlan } from './plan'
import { seedReportingPeriods } from './reportingPeriods'
import { seedSiteSettings } from './siteSettings'

/** Raise when the seed gains content an existing installation should receive. */
export const seedVersion = 3

/**
 * Seeds once. Every step skips what already exists, so a run interrupted half-way completes on
 * the next start; once a version has completed, content an editor later deleted stays deleted.
 */
export async function seed(payload: Payload, log: (line: string) => void = console.log): Promise<boolean> {
  await seedAdminUser(payload, log)
  const state = await payload.findGlobal({ slug: 'seed-state', depth: 0 })
  const done = state.version ?? 0
  if (done >= seedVersion) return false
  if (done < 1) {
    await seedSiteSettings(payload)
    const orgUnitIds = await seedOrgUnits(payload)
    const indicatorIds = await seedIndicators(payload)
    await seedPlan(payload, orgUnitIds, indicatorIds)
  }
  if (done < 2) await seedCampaignThemes(payload)
  if (done < 3) await seedReportingPeriods(payload)
  await payload.updateGlobal({
    slug: 'seed-state',
    data: { version: seedVersion, completedAt: new Date().toISOString() },
  })
  return true
}
