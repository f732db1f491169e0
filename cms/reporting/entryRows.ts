import type { PayloadRequest } from 'payload'

import { contentAreas } from '../../collections/Indicators'
import type { IndicatorRule } from '../../collections/IndicatorReports/valueRules'
import { idOf } from '../../collections/fields/relations'
import type { Indicator, Plan, ReportingPeriod } from '../payload-types'
import { indicatorsDue } from './planPeriods'

type Id = number | string

export type EntryIndicator = IndicatorRule & { name: string; contentArea: string }
export type EntryRow = {
  indicator: EntryIndicator
  /** The plan's target for this commune (a target assigned to it, else the plan-wide one). */
  target: { value: number; unit: string; year: number | null } | null
  /** Asked for in this period by the plan's schedule; a row the report already holds may not be. */
  due: boolean
}
export type EntrySection = { contentArea: string; label: string; rows: EntryRow[] }

/**
 * The report form's rows for one commune, plan and period: each indicator the plan asks for in the
 * period, in the plan's order, with its target — and the indicators the report already holds that
 * are not (so nothing saved is hidden) — grouped by the Project's content areas, as DHIS2 groups a
 * section form.
 */
export async function entryRows(
  req: PayloadRequest,
  { plan: planId, period, orgUnit, also = [] }: { plan: Id; period: ReportingPeriod; orgUnit?: Id | null; also?: Id[] },
): Promise<EntrySection[]> {
  const { due } = await indicatorsDue(req, planId, period)
  const plan = (await req.payload.findByID({ collection: 'plans', id: planId, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })) as Plan | null
  const targets = plan?.targets ?? []
  const order = [...new Set([...targets.map((t) => String(idOf(t.indicator))).filter((id) => due.has(id)), ...also.map(String)])]
  if (!order.length) return []
  const { docs } = await req.payload.find({ collection: 'indicators', where: { id: { in: order } }, depth: 0, pagination: false, req, overrideAccess: true })
  const byId = new Map(docs.map((d) => [String(d.id), d as Indicator]))

  const targetFor = (indicatorId: string): EntryRow['target'] => {
    const own = targets.filter((t) => String(idOf(t.indicator)) === indicatorId)
    const chosen = own.find((t) => orgUnit != null && String(idOf(t.orgUnit)) === String(orgUnit)) ?? own.find((t) => idOf(t.orgUnit) == null)
    return chosen ? { value: chosen.value, unit: chosen.unit, year: chosen.year ?? null } : null
  }
  const language = req.i18n?.language === 'en' ? 'en' : 'vi'
  const sections = contentAreas.map((area) => ({ contentArea: area.value, label: area.label[language], rows: [] as EntryRow[] }))
  for (const id of order) {
    const d = byId.get(id)
    if (!d) continue
    const row: EntryRow = {
      indicator: { id: d.id, code: d.code, name: d.name, unit: d.unit, aggregation: d.aggregation, disaggregations: d.disaggregations ?? [], contentArea: d.contentArea },
      target: targetFor(id),
      due: due.has(id),
    }
    sections.find((s) => s.contentArea === d.contentArea)?.rows.push(row)
  }
  return sections.filter((s) => s.rows.length)
}
