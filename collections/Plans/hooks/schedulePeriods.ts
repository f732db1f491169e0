import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

import { translate } from '../../../cms/i18n/translate'
import { hasCollection } from '../../../cms/plugin/installed'
import { desiredPeriods, removeUnusedPeriods, reportedPeriodsDropped, syncPlanPeriods } from '../../../cms/reporting/planPeriods'
import { hasSchedule, type PlanSchedule } from '../../ReportingPeriods/schedule'

type Doc = PlanSchedule & { id?: number | string; _status?: string | null }

/** Without the reporting part (plugin option) a plan's schedule makes no periods. */
const reporting = (req: PayloadRequest) => hasCollection(req.payload, 'reporting-periods')

/**
 * A schedule must make periods that can be kept: a level's update deadline not before its report
 * deadline. A published schedule may not take away a period that already has reports. Either
 * way the save is refused with the reason, and nothing is stored.
 */
export const checkSchedule: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const doc = { ...(originalDoc as Doc | undefined), ...(data as Doc) }
  if (!hasSchedule(doc) || !reporting(req)) return data
  const desired = await desiredPeriods(req, doc)
  for (const level of ['commune', 'district'] as const) {
    if (desired.some((p) => new Date(p[`${level}UpdateDeadline`]) < new Date(p[`${level}Deadline`]))) {
      throw new ValidationError({ collection: 'plans', errors: [{ path: 'reportingDeadlines', message: translate(req, 'scheduleUpdateBeforeReport', { level: translate(req, level === 'commune' ? 'levelCommune' : 'levelDistrict') }) }] }, req.t)
    }
  }
  if (doc._status !== 'published' || originalDoc?.id == null) return data
  const dropped = await reportedPeriodsDropped(req, originalDoc.id, desired)
  if (dropped.length > 0) {
    const periods = dropped.map((d) => translate(req, 'schedulePeriodWithReports', { period: d.name, reports: d.reports })).join('; ')
    throw new ValidationError({ collection: 'plans', errors: [{ path: 'period.endYear', message: translate(req, 'scheduleDropsReportedPeriods', { periods }) }] }, req.t)
  }
  return data
}

/** Publishing a plan, or changing a published plan's schedule, makes its reporting periods (idempotent). */
export const generatePlanPeriods: CollectionAfterChangeHook = async ({ doc, req }) => {
  const plan = doc as Doc & { id: number | string }
  if (plan._status === 'published' && reporting(req)) await syncPlanPeriods(req, plan)
  return doc
}

/** A deleted plan takes its unused periods with it. */
export const removePlanPeriods: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (reporting(req)) await removeUnusedPeriods(req, id)
}
