import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '../../../cms/i18n/translate'
import { idOf } from '../../fields/relations'
import { parseNumber } from '../numberText'

const numberFields = ['value', 'denominator', 'female', 'male', 'ethnicMinority'] as const
type Row = Partial<Record<(typeof numberFields)[number], unknown>> & { indicator?: unknown }

/**
 * A number sent as text is read as the CSV import reads it ("1.234" is a thousand and more, "35,7"
 * a decimal), and text that is no number is refused with the reason. Payload alone would keep the
 * digits "12a" or "35,7%" start with, and read "1.234" as one and a bit; this runs before it.
 */
export const refuseNumberText: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const rows = (args.data as { values?: unknown } | undefined)?.values
  if (!Array.isArray(rows)) return args
  const wrong: { row: number; field: string; indicator: unknown }[] = []
  rows.forEach((row: Row, i) => {
    if (!row || typeof row !== 'object') return
    for (const field of numberFields) {
      const raw = row[field]
      if (raw == null || typeof raw === 'number') continue
      const n = typeof raw === 'string' ? parseNumber(raw) : Number.NaN
      if (n === null || !Number.isNaN(n)) row[field] = n
      else wrong.push({ row: i, field, indicator: row.indicator })
    }
  })
  if (!wrong.length) return args
  const ids = [...new Set(wrong.map((w) => idOf(w.indicator)).filter((id) => id != null))]
  const { docs } = ids.length
    ? await req.payload.find({ collection: 'indicators', where: { id: { in: ids } }, depth: 0, pagination: false, req, overrideAccess: true })
    : { docs: [] }
  const codeOf = (indicator: unknown) => docs.find((d) => String(d.id) === String(idOf(indicator)))?.code ?? String(idOf(indicator) ?? '?')
  throw new ValidationError(
    { collection: 'indicator-reports', errors: wrong.map((w) => ({ path: `values.${w.row}.${w.field}`, message: translate(req, 'reportValueNotNumber', { code: codeOf(w.indicator) }) })) },
    req.t,
  )
}
