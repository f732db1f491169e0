import type { PayloadRequest } from 'payload'

import { idOf } from '../../collections/fields/relations'
import { type DueRule, type Frequency, type PeriodData, type PlanSchedule, dueRules, hasSchedule, isDue, periodsFromSchedule } from '../../collections/ReportingPeriods/schedule'
import type { Plan, ReportingPeriod } from '../payload-types'

type Id = number | string
type Req = Pick<PayloadRequest, 'payload'> & Partial<PayloadRequest>

/** The plan's rule for each indicator, with the catalogue's frequencies for those its targets leave unset. */
export async function planDueRules(req: Req, plan: PlanSchedule): Promise<(indicatorId: unknown) => DueRule> {
  const ids = [...new Set((plan.targets ?? []).map((t) => idOf(t.indicator)).filter((id): id is Id => id != null))]
  const { docs } = ids.length
    ? await req.payload.find({ collection: 'indicators', where: { id: { in: ids } }, depth: 0, pagination: false, req, overrideAccess: true })
    : { docs: [] }
  return dueRules(plan, new Map(docs.map((d) => [String(d.id), (d.frequency ?? 'half-year') as Frequency])))
}

/** The plan's targets' indicators with their rules, and which of them it asks for in one of its periods. */
export async function indicatorsDue(req: Req, planId: Id, period: Pick<ReportingPeriod, 'endDate'>): Promise<{ targets: Map<string, DueRule>; due: Set<string> }> {
  const plan = (await req.payload.findByID({ collection: 'plans', id: planId, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })) as Plan | null
  if (!plan) return { targets: new Map(), due: new Set() }
  const rule = await planDueRules(req, plan as PlanSchedule)
  const targets = new Map((plan.targets ?? []).map((t) => [String(idOf(t.indicator)), rule(t.indicator)]))
  // Without implementation years its periods are made by hand: every target may be reported in them.
  const due = hasSchedule(plan as PlanSchedule) ? [...targets].filter(([, r]) => isDue(r, period)) : [...targets]
  return { targets, due: new Set(due.map(([id]) => id)) }
}

async function periodsOf(req: Req, planId: Id): Promise<ReportingPeriod[]> {
  return (await req.payload.find({ collection: 'reporting-periods', where: { plan: { equals: planId } }, depth: 0, pagination: false, req, overrideAccess: true })).docs
}

const reportsIn = async (req: Req, periodId: Id) => (await req.payload.count({ collection: 'indicator-reports', where: { period: { equals: periodId } }, req, overrideAccess: true })).totalDocs

/** A period that a report or an earlier version of one names is kept: a version's period cannot be emptied. */
const inUse = async (req: Req, periodId: Id) =>
  (await reportsIn(req, periodId)) > 0 ||
  (await req.payload.countVersions({ collection: 'indicator-reports', where: { 'version.period': { equals: periodId } }, req, overrideAccess: true })).totalDocs > 0

/** The periods a schedule would drop that already have reports: a schedule may not take them away. */
export async function reportedPeriodsDropped(req: Req, planId: Id, desired: PeriodData[]): Promise<{ name: string; reports: number }[]> {
  const codes = new Set(desired.map((p) => p.code))
  const dropped: { name: string; reports: number }[] = []
  for (const period of await periodsOf(req, planId)) {
    if (codes.has(period.code)) continue
    const reports = await reportsIn(req, period.id)
    if (reports > 0) dropped.push({ name: period.name, reports })
  }
  return dropped
}

export async function desiredPeriods(req: Req, plan: PlanSchedule): Promise<PeriodData[]> {
  return periodsFromSchedule(plan, await planDueRules(req, plan))
}

const fields = ['name', 'kind', 'startDate', 'endDate', 'communeDeadline', 'communeUpdateDeadline', 'districtDeadline', 'districtUpdateDeadline'] as const
const sameInstant = (a: unknown, b: unknown) => (a && b ? new Date(String(a)).getTime() === new Date(String(b)).getTime() : a === b)

/** Every published plan's periods made what its schedule says (at start: an upgraded install's plans get theirs). */
export async function syncAllPlanPeriods(req: Req): Promise<number> {
  const { docs } = await req.payload.find({ collection: 'plans', where: { _status: { equals: 'published' } }, depth: 0, pagination: false, req, overrideAccess: true })
  let changed = 0
  for (const plan of docs) {
    const counts = await syncPlanPeriods(req, plan as PlanSchedule & { id: Id })
    changed += counts.created + counts.updated + counts.removed
  }
  return changed
}

/** A plan's periods without reports, removed before the plan itself is deleted; those with reports stay with them. */
export async function removeUnusedPeriods(req: Req, planId: Id): Promise<void> {
  for (const period of await periodsOf(req, planId)) {
    if (!(await inUse(req, period.id))) await req.payload.delete({ collection: 'reporting-periods', id: period.id, req, overrideAccess: true })
  }
}

/**
 * Makes the plan's periods what its schedule says (a plan without implementation years has none
 * made for it): creates those missing, updates the dates of
 * those that changed (their reports and approved values keep their period) and deletes the
 * ones no longer asked for, unless they have reports (the plan's save refuses that before). Run
 * again, it changes nothing.
 */
export async function syncPlanPeriods(req: Req, plan: PlanSchedule & { id: Id }): Promise<{ created: number; updated: number; removed: number }> {
  const counts = { created: 0, updated: 0, removed: 0 }
  if (!hasSchedule(plan)) return counts
  const desired = await desiredPeriods(req, plan)
  const existing = new Map((await periodsOf(req, plan.id)).map((p) => [p.code, p]))
  for (const period of desired) {
    const current = existing.get(period.code)
    existing.delete(period.code)
    if (!current) {
      await req.payload.create({ collection: 'reporting-periods', data: { ...period, plan: plan.id as number }, req, overrideAccess: true, depth: 0 })
      counts.created++
    } else if (fields.some((f) => (f.endsWith('Date') || f.endsWith('Deadline') ? !sameInstant(current[f], period[f]) : current[f] !== period[f]))) {
      await req.payload.update({ collection: 'reporting-periods', id: current.id, data: period, req, overrideAccess: true, depth: 0 })
      counts.updated++
    }
  }
  for (const period of existing.values()) {
    if (await inUse(req, period.id)) continue
    await req.payload.delete({ collection: 'reporting-periods', id: period.id, req, overrideAccess: true })
    counts.removed++
  }
  return counts
}
