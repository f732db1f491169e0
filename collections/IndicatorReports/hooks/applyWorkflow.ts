import { APIError, ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { userRole } from '../../../cms/access/predicates'
import { calendarDay, formatDate } from '../../../cms/i18n/dates'
import { translate } from '../../../cms/i18n/translate'
import { idOf } from '../../fields/relations'
import { mayReportFor } from '../access'
import { canMove, editableStatuses, statusLabel, type ReportStatus } from '../statuses'

type Doc = Record<string, unknown>

const contentFields = ['values', 'notes', 'evidence', 'orgUnit', 'period', 'plan'] as const

const changed = (data: Doc, original: Doc | undefined, field: string) =>
  field in data && JSON.stringify(normalise(data[field])) !== JSON.stringify(normalise(original?.[field]))

// Compare what a person typed: a populated document counts as its id, array rows without their
// generated ids, empty values as absent.
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    if ('createdAt' in value) return idOf(value)
    const { id: _id, ...rest } = value as Doc
    return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, normalise(v)]).filter(([, v]) => v != null && v !== ''))
  }
  return value ?? null
}

const fail = (req: PayloadRequest, path: string, message: string): never => {
  throw new ValidationError({ collection: 'indicator-reports', errors: [{ path, message }] }, req.t)
}

/**
 * The reporting workflow, checked on every save whatever the client: which unit a user may
 * report for, who may move a report between statuses, approved reports locked, and editing past
 * the commune deadline only with the district's recorded permission. Stamps who and when.
 */
export const applyWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const role = userRole(req)
  const original = originalDoc as Doc | undefined
  const from = ((original?.status as ReportStatus | undefined) ?? 'draft') as ReportStatus
  const to = ((data.status as ReportStatus | undefined) ?? from) as ReportStatus
  const now = new Date()

  const unitId = idOf(data.orgUnit ?? original?.orgUnit)
  const unit = unitId == null ? null : await req.payload.findByID({ collection: 'org-units', id: unitId, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!unit || unit.level !== 'commune') fail(req, 'orgUnit', translate(req, 'reportNotCommune'))
  if (req.user && !(await mayReportFor(req, unit!))) throw new APIError(translate(req, 'outsideUnitTree'), 403, null, true)

  const period = await req.payload.findByID({ collection: 'reporting-periods', id: idOf(data.period ?? original?.period)!, depth: 0, req, overrideAccess: true })
  if (String(idOf(period.plan)) !== String(idOf(data.plan ?? original?.plan))) fail(req, 'period', translate(req, 'reportPeriodOfOtherPlan', { period: period.name }))
  data.title = `${unit!.name} – ${period.name}`
  await refuseDuplicate(req, data, original, unit!.name as string, period.name)

  if (!req.user) return data // system writes (seed, scripts, fixtures) set statuses as the workflow would have

  if (!canMove(from, to, role)) {
    fail(req, 'status', translate(req, 'reportTransitionNotAllowed', { from: statusLabel(from).vi, to: statusLabel(to).vi }))
  }
  const contentChanged = operation === 'create' || contentFields.some((f) => changed(data, original, f))
  if (contentChanged && operation === 'update' && !editableStatuses.includes(from)) {
    fail(req, 'status', translate(req, from === 'approved' ? 'reportLocked' : 'reportTransitionNotAllowed', { from: statusLabel(from).vi, to: statusLabel(to).vi }))
  }
  if (to === 'returned' && from !== 'returned' && !String(data.returnComment ?? original?.returnComment ?? '').trim()) {
    fail(req, 'returnComment', translate(req, 'reportReturnNeedsComment'))
  }

  const exceptionChanged = changed(data, original, 'lateEdit')
  if (exceptionChanged) {
    if (role !== 'district-officer' && role !== 'admin') fail(req, 'lateEdit.allowedUntil', translate(req, 'reportExceptionOnlyDistrict'))
    data.lateEdit = { ...(data.lateEdit as Doc), grantedBy: req.user.id, grantedAt: now.toISOString() }
  }

  const deadline = endOfDay(period.communeDeadline)
  const allowedUntil = (data.lateEdit as Doc | undefined)?.allowedUntil ?? (original?.lateEdit as Doc | undefined)?.allowedUntil
  const pastDeadline = now > deadline && !(allowedUntil && now <= endOfDay(allowedUntil as string))
  const communeActs = contentChanged || (to === 'submitted' && from !== 'submitted')
  if (role === 'commune-officer' && communeActs && pastDeadline) {
    fail(req, 'status', translate(req, 'reportPastDeadline', { deadline: formatDate(period.communeDeadline) }))
  }

  if (to === 'submitted' && from !== 'submitted') {
    data.submittedAt = now.toISOString()
    data.submittedBy = req.user.id
    data.late = now > deadline
  }
  if ((to === 'approved' || to === 'returned') && from !== to) {
    data.reviewedAt = now.toISOString()
    data.reviewedBy = req.user.id
  }
  return data
}

/** The deadline day counts in full, in Vietnam's time (UTC+7, no daylight saving). */
function endOfDay(iso: string): Date {
  return new Date(`${calendarDay(iso)}T23:59:59.999+07:00`)
}

async function refuseDuplicate(req: PayloadRequest, data: Doc, original: Doc | undefined, unitName: string, periodName: string) {
  const key = { orgUnit: idOf(data.orgUnit ?? original?.orgUnit), period: idOf(data.period ?? original?.period), plan: idOf(data.plan ?? original?.plan) }
  if (key.period == null || key.plan == null) return
  const existing = await req.payload.find({
    collection: 'indicator-reports',
    where: {
      and: [
        { orgUnit: { equals: key.orgUnit } },
        { period: { equals: key.period } },
        { plan: { equals: key.plan } },
        ...(original?.id != null ? [{ id: { not_equals: original.id } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) fail(req, 'period', translate(req, 'reportDuplicate', { unit: unitName, period: periodName }))
}
