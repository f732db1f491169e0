import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { translate } from '../../../cms/i18n/translate'
import { idOf } from '../../fields/relations'
import { valueProblems, type IndicatorRule, type ValueRow } from '../valueRules'

type Row = ValueRow & { indicator?: unknown }

/** Every value checked against its indicator's rules; all problems reported at once, nothing saved. */
export const checkValues: CollectionBeforeChangeHook = async ({ data, req }) => {
  const rows = (data.values ?? []) as Row[]
  const ids = [...new Set(rows.map((r) => idOf(r.indicator)).filter((id) => id != null))]
  const found = ids.length
    ? await req.payload.find({ collection: 'indicators', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, req, overrideAccess: true })
    : { docs: [] }
  const byId = new Map(found.docs.map((d) => [String(d.id), d as unknown as IndicatorRule]))
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
    for (const problem of valueProblems(row, indicator)) {
      errors.push({ path: `values.${i}.${problem.field}`, message: translate(req, problem.key, problem.vars) })
    }
  })
  if (errors.length) throw new ValidationError({ collection: 'indicator-reports', errors }, req.t)
  return data
}
