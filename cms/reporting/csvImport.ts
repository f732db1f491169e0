import { parse } from 'csv-parse/sync'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { idOf } from '../../collections/fields/relations'
import { foldDiacritics } from '../../collections/fields/slugify'
import { mayReportFor } from '../../collections/IndicatorReports/access'
import { parseNumber } from '../../collections/IndicatorReports/numberText'
import { editableStatuses, type ReportStatus } from '../../collections/IndicatorReports/statuses'
import { valueProblems, type IndicatorRule, type ValueRow } from '../../collections/IndicatorReports/valueRules'
import type { MessageKey } from '../i18n/messages'
import { translate } from '../i18n/translate'
import type { OrgUnit, ReportingPeriod } from '../payload-types'
import { columnOfField, importColumns, requiredImportColumns } from './csvColumns'

export type ImportError = { line: number; column: string; message: string }
export type ImportResult = { ok: true; created: number; updated: number; rows: number } | { ok: false; errors: ImportError[] }

type Parsed = { line: number; unit: OrgUnit; period: ReportingPeriod; indicator: IndicatorRule; row: ValueRow & { note?: string } }

const unitKey = (name: string) => foldDiacritics(name).replace(/^xa\s+/, '').replace(/\s+/g, ' ').trim()

/**
 * Imports a Biểu 2.8 spreadsheet saved as CSV: every row is checked first (commune in the user's
 * scope, period, indicator, numbers by the indicator's rules) and every problem is reported with
 * its line and column; only a file without any problem is written, in one transaction, through
 * the same workflow rules as the admin form. Nothing is stored otherwise.
 */
export async function importReportsCsv(req: PayloadRequest, planId: number | string | null, csv: string): Promise<ImportResult> {
  const errors: ImportError[] = []
  const fail = (line: number, column: string, key: MessageKey, vars?: Record<string, string | number>) => errors.push({ line, column, message: translate(req, key, vars) })
  const { payload } = req

  const plan = planId == null ? null : await payload.findByID({ collection: 'plans', id: planId, depth: 0, draft: true, overrideAccess: true, disableErrors: true })
  if (!plan) return { ok: false, errors: [{ line: 0, column: '', message: translate(req, 'csvPlanMissing') }] }

  let records: { record: Record<string, string>; info: { lines: number } }[]
  try {
    records = parse(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: false })
  } catch (error) {
    const e = error as { lines?: number; message: string }
    return { ok: false, errors: [{ line: e.lines ?? 0, column: '', message: translate(req, 'csvMalformed', { line: e.lines ?? 0, reason: e.message }) }] }
  }
  if (records.length === 0) return { ok: false, errors: [{ line: 1, column: '', message: translate(req, 'csvEmpty') }] }
  const present = Object.keys(records[0]!.record)
  for (const column of requiredImportColumns) {
    if (!present.includes(column)) fail(1, column, 'csvMissingColumn', { column, columns: Object.values(importColumns).join(', ') })
  }
  if (errors.length) return { ok: false, errors }

  const [units, periods, indicators] = await Promise.all([
    payload.find({ collection: 'org-units', where: { level: { equals: 'commune' } }, pagination: false, depth: 0, overrideAccess: true }),
    // The plan's own periods: another plan's "2024-H1" is another period.
    payload.find({ collection: 'reporting-periods', where: { plan: { equals: plan!.id } }, pagination: false, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'indicators', pagination: false, depth: 0, overrideAccess: true }),
  ])
  const unitByKey = new Map<string, OrgUnit>()
  for (const u of units.docs) {
    unitByKey.set(unitKey(u.name), u)
    if (u.code) unitByKey.set(u.code.trim().toLowerCase(), u)
  }
  const periodByCode = new Map(periods.docs.map((p) => [p.code.trim().toLowerCase(), p]))
  const indicatorByCode = new Map(indicators.docs.map((i) => [i.code.trim().toLowerCase(), i as unknown as IndicatorRule]))
  const known = new Map<string, OrgUnit>()
  const allowed = new Set<string>()
  for (const u of units.docs) if (await mayReportFor(req, u, known)) allowed.add(String(u.id))
  const inScope = (u: OrgUnit) => allowed.has(String(u.id))

  const parsed: Parsed[] = []
  const seen = new Map<string, number>()
  for (const { record, info } of records) {
    const line = info.lines
    const get = (c: string) => (record[c] ?? '').trim()
    const unit = unitByKey.get(unitKey(get(importColumns.commune))) ?? unitByKey.get(get(importColumns.commune).toLowerCase())
    const period = periodByCode.get(get(importColumns.period).toLowerCase())
    const indicator = indicatorByCode.get(get(importColumns.indicator).toLowerCase())
    if (!unit) fail(line, importColumns.commune, 'csvUnknownCommune', { value: get(importColumns.commune) })
    else if (!inScope(unit)) fail(line, importColumns.commune, 'csvCommuneOutsideScope', { value: get(importColumns.commune) })
    if (!period) fail(line, importColumns.period, 'csvUnknownPeriod', { value: get(importColumns.period) })
    if (!indicator) fail(line, importColumns.indicator, 'csvUnknownIndicator', { value: get(importColumns.indicator) })

    const row: ValueRow & { note?: string } = { note: get(importColumns.note) || undefined }
    let numbersOk = true
    for (const field of ['value', 'denominator', 'female', 'male', 'ethnicMinority'] as const) {
      const raw = get(importColumns[field])
      const n = parseNumber(raw)
      if (n != null && Number.isNaN(n)) {
        fail(line, importColumns[field], 'csvNotANumber', { value: raw })
        numbersOk = false
      } else row[field] = n
    }
    if (!unit || !period || !indicator || !inScope(unit)) continue
    if (numbersOk) for (const p of valueProblems(row, indicator)) fail(line, columnOfField(p.field), p.key, p.vars)
    const key = `${unit.id}|${period.id}|${indicator.id}`
    const first = seen.get(key)
    if (first) fail(line, importColumns.indicator, 'csvDuplicateRow', { line: first })
    else seen.set(key, line)
    parsed.push({ line, unit, period, indicator, row })
  }

  const groups = new Map<string, Parsed[]>()
  for (const p of parsed) {
    const key = `${p.unit.id}|${p.period.id}`
    const list = groups.get(key)
    if (list) list.push(p)
    else groups.set(key, [p])
  }
  // The plan's reports for the file's communes and periods, in one query.
  const found = parsed.length
    ? await payload.find({
        collection: 'indicator-reports',
        where: {
          and: [
            { plan: { equals: plan.id } },
            { orgUnit: { in: [...new Set(parsed.map((p) => p.unit.id))] } },
            { period: { in: [...new Set(parsed.map((p) => p.period.id))] } },
          ],
        },
        depth: 0, pagination: false, overrideAccess: true, req,
      })
    : { docs: [] }
  const reportOf = new Map(found.docs.map((doc) => [`${idOf(doc.orgUnit)}|${idOf(doc.period)}`, doc]))
  const existing = new Map<string, { id: number | string; values: { indicator: unknown; [k: string]: unknown }[] }>()
  for (const [key, rows] of groups) {
    const { unit, period, line } = rows[0]!
    const doc = reportOf.get(key)
    if (doc) {
      if (!editableStatuses.includes(doc.status as ReportStatus)) fail(line, importColumns.commune, 'csvReportLocked', { unit: unit.name, period: period.name })
      existing.set(key, { id: doc.id, values: (doc.values ?? []) as never })
    }
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) }

  return writeGroups(req, plan.id, groups, existing)
}

async function writeGroups(
  req: PayloadRequest,
  planId: number | string,
  groups: Map<string, Parsed[]>,
  existing: Map<string, { id: number | string; values: { indicator: unknown; [k: string]: unknown }[] }>,
): Promise<ImportResult> {
  const shouldCommit = await initTransaction(req)
  let created = 0
  let updated = 0
  let current: Parsed | undefined
  try {
    for (const [key, rows] of groups) {
      current = rows[0]
      const imported = rows.map((p) => ({ indicator: p.indicator.id, ...p.row }))
      const before = existing.get(key)
      if (before) {
        const replaced = new Set(rows.map((p) => String(p.indicator.id)))
        const kept = before.values.filter((v) => !replaced.has(String(idOf(v.indicator)))).map(({ id: _id, ...v }) => ({ ...v, indicator: idOf(v.indicator) }))
        await req.payload.update({ collection: 'indicator-reports', id: before.id, data: { values: [...kept, ...imported] } as never, req, overrideAccess: false, user: req.user })
        updated += 1
      } else {
        await req.payload.create({
          collection: 'indicator-reports',
          data: { plan: planId, orgUnit: current!.unit.id, period: current!.period.id, values: imported } as never,
          req, overrideAccess: false, user: req.user,
        })
        created += 1
      }
    }
    if (shouldCommit) await commitTransaction(req)
    return { ok: true, created, updated, rows: [...groups.values()].reduce((n, r) => n + r.length, 0) }
  } catch (error) {
    await killTransaction(req)
    const e = error as { data?: { errors?: { message: string }[] }; message: string }
    const messages = e.data?.errors?.map((x) => x.message) ?? [e.message]
    return { ok: false, errors: messages.map((message) => ({ line: current?.line ?? 0, column: importColumns.commune, message })) }
  }
}
