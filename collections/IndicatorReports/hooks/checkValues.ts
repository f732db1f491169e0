import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { translate } from '../../../cms/i18n/translate'
import { indicatorsDue } from '../../../cms/reporting/planPeriods'
import { frequencies } from '../../ReportingPeriods/schedule'
import { idOf } from '../../fields/relations'
import { valueProblems, type IndicatorRule, type ValueRow } from '../valueRules'

type Row = ValueRow & { indicator?: unknown }

/**
 * Every value checked against its indicator's rules, and asked for in this period by the plan's
 * schedule (a result indicator due at mid-term and end of term is refused in other periods); all
 * problems reported at once, nothing saved.
 */
export const checkValues: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const rows = (data.values ?? []) as Row[]
  const ids = [...new Set(rows.map((r) => idOf(r.indicator)).filter((id) => id != null))]
  const found = ids.length
    ? await req.payload.find({ collection: 'indicators', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, req, overrideAccess: true })
    : { docs: [] }
  const byId = new Map(found.docs.map((d) => [String(d.id), d as unknown as IndicatorRule]))
  const planId = idOf(data.plan ?? originalDoc?.plan)
  const periodId = idOf(data.period ?? originalDoc?.period)
  const period = rows.length && periodId != null ? await req.payload.findByID({ collection: 'reporting-periods', id: periodId, depth: 0, req, overrideAccess: true, disableErrors: true }) : null
  const schedule = period && planId != null ? await indicatorsDue(req, planId, period) : null
  // Only values added now, or moved to another period or plan, must be due: a report that already
  // held one (the schedule changed since) can still be approved, returned or corrected.
  const samePlace = originalDoc != null && String(idOf(originalDoc.period)) === String(periodId) && String(idOf(originalDoc.plan)) === String(planId)
  const held = new Set(samePlace ? ((originalDoc.values ?? []) as Row[]).map((r) => String(idOf(r.indicator))) : [])
  const errors: { path: string; message: string }[] = []
  const seen = new Set<string>()
  rows.forEach((row, i) => {
    const indicator = byId.get(String(idOf(row.indicator)))
    if (!indicator) {
      errors.push({ path: `values.${i}.indicator`, message: translate(req, 'reportUnknownIndicator') })
      return
    }
    if (seen.has(String(indicator.id))) {
      errors.push({ path: `values.${i}.indicator`, message: translate(req, 'reportDuplicateIndicator', { code: indicator.code }) })
    }
    seen.add(String(indicator.id))
    const rule = schedule?.targets.get(String(indicator.id))
    if (rule && period && !schedule!.due.has(String(indicator.id)) && !held.has(String(indicator.id))) {
      const frequency = frequencies.find((f) => f.value === rule.frequency)!.label[req.i18n?.language === 'en' ? 'en' : 'vi'] + (rule.years.length ? ` ${rule.years.join(', ')}` : '')
      errors.push({ path: `values.${i}.indicator`, message: translate(req, 'reportIndicatorNotDue', { code: indicator.code, period: period.name, frequency }) })
    }
    for (const problem of valueProblems(row, indicator)) {
      errors.push({ path: `values.${i}.${problem.field}`, message: translate(req, problem.key, problem.vars) })
    }
  })
  if (errors.length) throw new ValidationError({ collection: 'indicator-reports', errors }, req.t)
  return data
}
