import type { Payload } from 'payload'

import { idOf } from '../../collections/fields/relations'
import type { OrgUnit, ReportingPeriod, User } from '../payload-types'
import { calendarDay } from '../i18n/dates'
import { deadlineReminderEmail, overdueListEmail } from './messages'
import { sendOnce } from './sendOnce'
import { usersSlug } from '../plugin/installed'

type Id = number | string
const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000
/** Whole calendar days (in Vietnam) from `today` to the deadline's day. */
const daysUntil = (today: string, deadline: string) => dayNumber(calendarDay(deadline)) - dayNumber(today)

/** Reminders go 7 days and 1 day before; a day the server was down is caught up the next day. */
export const reminderDays = [7, 1] as const
/** Overdue lists are sent in the first days after a deadline, not for periods long past. */
const overdueWindowDays = 14

async function officers(payload: Payload, role: User['role']) {
  const { docs } = await payload.find({ collection: usersSlug(payload), where: { role: { equals: role } }, depth: 0, pagination: false, overrideAccess: true })
  return docs.filter((u) => idOf(u.orgUnit) != null)
}

/** The org units whose report for the period has gone up (submitted or approved). */
async function unitsThatReported(payload: Payload, period: Id): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'indicator-reports',
    where: { and: [{ period: { equals: period } }, { status: { in: ['submitted', 'approved'] } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { orgUnit: true },
  })
  return new Set(docs.map((r) => String(idOf(r.orgUnit))))
}

/**
 * The daily reporting mail: commune officers whose report for a period is not yet sent hear
 * 7 days and 1 day before its commune deadline; after the deadline each district officer gets
 * the list of communes in their tree that have not sent it. Each notice goes out once.
 */
export async function sendReportingNotices(payload: Payload, today = calendarDay(new Date())): Promise<{ reminders: number; overdueLists: number }> {
  const { docs: periods } = await payload.find({ collection: 'reporting-periods', depth: 0, pagination: false, overrideAccess: true })
  const { docs: plans } = await payload.find({ collection: 'plans', where: { _status: { equals: 'published' } }, depth: 0, pagination: false, overrideAccess: true })
  const planById = new Map(plans.map((p) => [String(p.id), p]))
  const { docs: units } = await payload.find({ collection: 'org-units', depth: 0, pagination: false, overrideAccess: true })
  const unitById = new Map(units.map((u) => [String(u.id), u]))
  const communeOfficers = await officers(payload, 'commune-officer')
  const districtOfficers = await officers(payload, 'district-officer')
  let reminders = 0
  let overdueLists = 0

  for (const period of periods as ReportingPeriod[]) {
    // Each plan's own periods, for the communes it covers (all communes when it names none).
    const plan = planById.get(String(idOf(period.plan)))
    if (!plan) continue
    const covered = new Set((plan.orgUnits ?? []).map((u) => String(idOf(u))))
    const expected = (unit: string) => covered.size === 0 || covered.has(unit)
    const left = daysUntil(today, period.communeDeadline)
    const due = reminderDays.filter((d) => left <= d && left >= 0).at(-1)
    if (due === undefined && (left >= 0 || -left > overdueWindowDays)) continue
    const reported = await unitsThatReported(payload, period.id)

    if (due !== undefined) {
      for (const officer of communeOfficers) {
        const unit = String(idOf(officer.orgUnit))
        if (reported.has(unit) || !expected(unit)) continue
        const message = deadlineReminderEmail({ name: officer.name, unit: unitById.get(unit)?.name ?? '', period: period.name, deadline: period.communeDeadline, daysLeft: left })
        const sent = await sendOnce(payload, { key: `deadline-reminder:${period.id}:${officer.id}:${due}`, kind: 'deadline-reminder', recipient: officer }, message)
        if (sent) reminders++
      }
      continue
    }

    // Past the deadline: each district officer's communes that should report and have not.
    const officersByCommune = new Set(communeOfficers.map((o) => String(idOf(o.orgUnit))))
    for (const officer of districtOfficers) {
      const own = String(idOf(officer.orgUnit))
      const inTree = (unit: OrgUnit) => {
        for (let at: OrgUnit | undefined = unit, steps = 0; at && steps < 4; at = unitById.get(String(idOf(at.parent))), steps++) if (String(at.id) === own) return true
        return false
      }
      const late = units
        .filter((u) => u.level === 'commune' && (!u.validTo || u.validTo > period.communeDeadline) && inTree(u))
        .filter((u) => (u.projectArea || officersByCommune.has(String(u.id))) && expected(String(u.id)))
        .filter((u) => !reported.has(String(u.id)))
        .map((u) => u.name)
        .sort((a, b) => a.localeCompare(b, 'vi'))
      if (late.length === 0) continue
      const message = overdueListEmail({ name: officer.name, period: period.name, deadline: period.communeDeadline, communes: late })
      if (await sendOnce(payload, { key: `overdue-list:${period.id}:${officer.id}`, kind: 'overdue-list', recipient: officer }, message)) overdueLists++
    }
  }
  return { reminders, overdueLists }
}
