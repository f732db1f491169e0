import type { PayloadRequest } from 'payload'

import type { IndicatorReport, ReportingPeriod } from '../payload-types'
import { idOf } from '../../collections/fields/relations'
import type { Id } from './types'

const collection = 'approved-values'

/** Removes a report's rows from the fact table (it left "approved", or is being deleted). */
export async function forgetApprovedValues(req: PayloadRequest, report: Id): Promise<void> {
  await req.payload.db.deleteMany({ collection, where: { report: { equals: report } }, req })
}

/** Replaces a report's rows with its current values; only approved reports have rows. */
export async function recordApprovedValues(req: PayloadRequest, report: IndicatorReport): Promise<void> {
  await forgetApprovedValues(req, report.id)
  if (report.status !== 'approved') return
  const periodId = idOf(report.period)!
  const period = (await req.payload.findByID({ collection: 'reporting-periods', id: periodId, depth: 0, overrideAccess: true, req })) as ReportingPeriod
  const common = { report: report.id, plan: idOf(report.plan), orgUnit: idOf(report.orgUnit), period: periodId, periodEnd: period.endDate }
  for (const row of report.values ?? []) {
    const data = {
      ...common,
      indicator: idOf(row.indicator),
      value: row.value,
      denominator: row.denominator ?? null,
      female: row.female ?? null,
      male: row.male ?? null,
      ethnicMinority: row.ethnicMinority ?? null,
    }
    await req.payload.db.create({ collection, data, req, returning: false })
  }
}

/** A period's end date moved: its rows follow, so "as of a date" keeps meaning the same periods. */
export async function redateApprovedValues(req: PayloadRequest, period: ReportingPeriod): Promise<void> {
  await req.payload.db.updateMany({ collection, where: { period: { equals: period.id } }, data: { periodEnd: period.endDate }, req, returning: false })
}
