import type { Payload } from 'payload'

import type { Indicator, OrgUnit, Plan, ReportingPeriod } from '../payload-types'
import { databaseKind, mongoRefusedForReporting } from '../database'
import { idOf } from '../../collections/fields/relations'
import { hasSchedule, isDue, type DueRule, type PlanSchedule } from '../../collections/ReportingPeriods/schedule'
import { planDueRules } from '../reporting/planPeriods'
import { aggregateSql } from './aggregateSql'
import { addSums, emptySums as empty, sumsOf } from './sums'
import type { AggregateQuery, AggregateRows, Id, Sums } from './types'

export type Named = { id: Id; name: string }
export type IndicatorProgress = {
  id: Id
  code: string
  name: string
  unit: string
  aggregation: Indicator['aggregation']
  sensitive: boolean
  target: number | null
  targetYear: number | null
  total: Sums
  byCommune: ({ orgUnit: Named } & Sums)[]
  byPeriod: ({ period: Named & { code: string } } & Sums)[]
}
/**
 * Reports received per period, and values: `valuesDue` is the communes expected times the
 * indicators the plan asks for in that period (its own schedule), `valuesApproved` how many of
 * those are in approved reports — a report that leaves a due indicator empty is not complete.
 */
export type PeriodCompleteness = {
  period: Named & { code: string; deadline: string }
  expected: number
  received: number
  approved: number
  onTime: number
  late: number
  valuesDue: number
  valuesApproved: number
}
export type PlanProgress = {
  plan: { id: Id; title: string; slug: string }
  asOf: string
  indicators: IndicatorProgress[]
  completeness: PeriodCompleteness[]
}

export function aggregateApproved(payload: Payload, query: AggregateQuery): Promise<AggregateRows> {
  const kind = databaseKind(process.env.DATABASE_URI)
  if (kind === 'mongodb') throw new Error(mongoRefusedForReporting)
  return aggregateSql(payload, kind, query)
}

/**
 * Where a unit's numbers belong as of a date: a commune merged away before then counts under its
 * successor (followed through several reforms); before the merger it keeps its own name.
 */
export function currentUnit(units: Map<string, OrgUnit>, unitId: Id, asOf: string): OrgUnit | undefined {
  let unit = units.get(String(unitId))
  for (let hops = 0; unit && hops < 10; hops++) {
    const successor = idOf(unit.successors?.[0])
    if (!unit.validTo || unit.validTo >= asOf || successor == null) break
    unit = units.get(String(successor)) ?? unit
  }
  return unit
}

/** One plan's progress toward each target as of a date, from approved reports only (optionally of some periods only). */
export async function planProgress(payload: Payload, planId: Id, asOf: string, only?: { periods?: Id[] }): Promise<PlanProgress> {
  const plan = (await payload.findByID({ collection: 'plans', id: planId, depth: 0, draft: false, overrideAccess: true })) as Plan
  const [rows, indicatorDocs, unitDocs, periodDocs] = await Promise.all([
    aggregateApproved(payload, { plan: planId, asOf, periods: only?.periods }),
    payload.find({ collection: 'indicators', pagination: false, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'org-units', pagination: false, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'reporting-periods', where: { and: [{ plan: { equals: planId } }, { endDate: { less_than_equal: asOf } }] }, sort: 'startDate', pagination: false, depth: 0, overrideAccess: true }),
  ])
  const indicators = new Map(indicatorDocs.docs.map((d) => [String(d.id), d]))
  const units = new Map(unitDocs.docs.map((d) => [String(d.id), d]))
  const wanted = only?.periods ? new Set(only.periods.map(String)) : null
  const periods = periodDocs.docs.filter((p) => !wanted || wanted.has(String(p.id)))
  const periodById = new Map(periods.map((p) => [String(p.id), p]))

  const targets = new Map((plan.targets ?? []).map((t) => [String(idOf(t.indicator)), t]))
  const totals = new Map(rows.totals.map((r) => [String(r.indicator), r]))
  const order = [...targets.keys(), ...[...totals.keys()].filter((id) => !targets.has(id))]
  const communeRows = groupByIndicator(rows.byCommune)
  const periodRows = groupByIndicator(rows.byPeriod)

  const progress: IndicatorProgress[] = order.flatMap((indicatorId) => {
    const indicator = indicators.get(indicatorId)
    if (!indicator) return []
    const target = targets.get(indicatorId)
    const byUnit = new Map<string, { orgUnit: Named } & Sums>()
    for (const row of communeRows.get(indicatorId) ?? []) {
      const unit = currentUnit(units, row.orgUnit, asOf)
      const key = String(unit?.id ?? row.orgUnit)
      const current = byUnit.get(key) ?? { orgUnit: { id: unit?.id ?? row.orgUnit, name: unit?.name ?? String(row.orgUnit) }, ...empty() }
      byUnit.set(key, { orgUnit: current.orgUnit, ...addSums(current, row) })
    }
    const total = totals.get(indicatorId)
    return [
      {
        id: indicator.id,
        code: indicator.code,
        name: indicator.name,
        unit: target?.unit || indicator.unit,
        aggregation: indicator.aggregation,
        sensitive: Boolean(indicator.sensitive),
        target: target?.value ?? null,
        targetYear: target?.year ?? null,
        total: total ? sumsOf(total) : empty(),
        byCommune: [...byUnit.values()].sort((a, b) => a.orgUnit.name.localeCompare(b.orgUnit.name, 'vi')),
        byPeriod: (periodRows.get(indicatorId) ?? [])
          .filter((r) => periodById.has(String(r.period)))
          .map((r) => {
            const p = periodById.get(String(r.period))!
            return { period: { id: p.id, name: p.name, code: p.code }, ...sumsOf(r) }
          })
          .sort((a, b) => a.period.code.localeCompare(b.period.code)),
      },
    ]
  })

  return {
    plan: { id: plan.id, title: plan.title, slug: plan.slug ?? String(plan.id) },
    asOf,
    indicators: progress,
    completeness: completeness(plan, periods, units, rows, await planDueRules({ payload }, plan as PlanSchedule)),
  }
}

function groupByIndicator<T extends { indicator: Id }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const list = groups.get(String(row.indicator))
    if (list) list.push(row)
    else groups.set(String(row.indicator), [row])
  }
  return groups
}

function completeness(plan: Plan, periods: ReportingPeriod[], units: Map<string, OrgUnit>, rows: AggregateRows, rule: (indicator: unknown) => DueRule): PeriodCompleteness[] {
  const planCommunes = (plan.orgUnits ?? []).map((u) => units.get(String(idOf(u)))).filter((u): u is OrgUnit => u?.level === 'commune')
  const targets = [...new Set((plan.targets ?? []).map((t) => String(idOf(t.indicator))))]
  // Without implementation years the plan's periods are made by hand: every target is asked for in each.
  const scheduled = hasSchedule(plan as PlanSchedule)
  return periods.map((p) => {
    const expected = planCommunes.filter((u) => (!u.validFrom || u.validFrom <= p.endDate) && (!u.validTo || u.validTo >= p.startDate))
    const counts = rows.received.find((r) => String(r.period) === String(p.id)) ?? { received: 0, approved: 0, late: 0 }
    const due = new Set(targets.filter((id) => !scheduled || isDue(rule(id), p)))
    const valuesApproved = rows.byPeriod.filter((r) => String(r.period) === String(p.id) && due.has(String(r.indicator))).reduce((n, r) => n + r.reports, 0)
    return {
      valuesDue: Math.max(expected.length * due.size, valuesApproved),
      valuesApproved,
      period: { id: p.id, name: p.name, code: p.code, deadline: p.communeDeadline },
      expected: Math.max(expected.length, counts.received),
      received: counts.received,
      approved: counts.approved,
      onTime: counts.received - counts.late,
      late: counts.late,
    }
  })
}
