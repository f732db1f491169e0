import type { TaskConfig } from 'payload'

import { idOf } from '../../collections/fields/relations'
import { siteTimeZone } from '../i18n/dates'
import { contestReceiptEmail, passwordResetEmail, reportReturnedEmail } from './messages'
import { sendReportingNotices } from './reportingNotices'
import { usersSlug } from '../plugin/installed'

const vietnamHour = (date: Date) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: siteTimeZone, hour: '2-digit', hourCycle: 'h23' }).format(date))

/** A mail server that is down for a while is tried again over about two and a half hours (5, 10, 20, 40, 80 min). */
const retries = { attempts: 5, backoff: { type: 'exponential' as const, delay: 5 * 60_000 } }

/**
 * Deadline reminders and overdue lists, once a day from 07:00 in Vietnam: the job runs every
 * hour (the server's clock may be in any zone) and each notice goes out once.
 */
export const reportingNoticesTask: TaskConfig = {
  slug: 'sendReportingNotices',
  label: 'Thư nhắc hạn báo cáo / Reporting reminders',
  schedule: [{ cron: '5 * * * *', queue: 'default' }],
  inputSchema: [{ name: 'today', type: 'text' }],
  retries,
  handler: async ({ input, req }) => {
    const today = (input as { today?: string } | undefined)?.today
    if (!today && vietnamHour(new Date()) < 7) return { output: {} }
    const counts = await sendReportingNotices(req.payload, today || undefined)
    if (counts.reminders + counts.overdueLists > 0) req.payload.logger.info(`Thư báo cáo: ${counts.reminders} thư nhắc hạn, ${counts.overdueLists} danh sách xã chậm`)
    return { output: {} }
  },
}

/** Queued by the forgot-password operation (cms/email/passwordReset.ts); a newer request's token replaces this one. */
export const passwordResetTask: TaskConfig = {
  slug: 'sendPasswordReset',
  label: 'Thư đặt lại mật khẩu / Password reset',
  inputSchema: [
    { name: 'user', type: 'number', required: true },
    { name: 'token', type: 'text', required: true },
    { name: 'base', type: 'text', required: true },
  ],
  retries,
  handler: async ({ input, req }) => {
    const { user: id, token, base } = input as { user: number; token: string; base: string }
    const user = await req.payload.findByID({ collection: usersSlug(req.payload), id, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })
    // One runner holds a job (cms/jobs/claimOnce.ts): a token is mailed once.
    if (!user || user.resetPasswordToken !== token) return { output: {} }
    const message = passwordResetEmail(token, user.name, base)
    await req.payload.sendEmail({ to: user.email, subject: message.subject, html: message.html, text: message.text })
    return { output: {} }
  },
}

/** Queued when the district returns a report (collections/IndicatorReports/hooks/noticeOnReturn.ts). */
export const reportReturnedTask: TaskConfig = {
  slug: 'sendReportReturned',
  label: 'Thư báo báo cáo bị trả lại / Report returned notice',
  inputSchema: [{ name: 'report', type: 'number', required: true }],
  retries,
  handler: async ({ input, req }) => {
    const { payload } = req
    const report = await payload.findByID({ collection: 'indicator-reports', id: (input as { report: number }).report, depth: 1, overrideAccess: true, disableErrors: true })
    if (!report || report.status !== 'returned') return { output: {} }
    const unit = report.orgUnit && typeof report.orgUnit === 'object' ? report.orgUnit : null
    const period = report.period && typeof report.period === 'object' ? report.period : null
    const { docs: officers } = await payload.find({
      collection: usersSlug(req.payload),
      where: { and: [{ role: { equals: 'commune-officer' } }, { orgUnit: { equals: idOf(report.orgUnit) } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const officer of officers) {
      const message = reportReturnedEmail({ name: officer.name, unit: unit?.name ?? '', period: period?.name ?? '', comment: report.returnComment, reportId: report.id })
      await payload.sendEmail({ to: officer.email, subject: message.subject, html: message.html, text: message.text })
    }
    return { output: {} }
  },
}

/** Queued with a contest entry that gave an email, in the same transaction (site/lib/submissions/submitEntry.ts). */
export const contestReceiptTask: TaskConfig = {
  slug: 'sendContestReceipt',
  label: 'Thư biên nhận bài dự thi / Contest receipt',
  inputSchema: [{ name: 'entry', type: 'number', required: true }],
  retries,
  handler: async ({ input, req }) => {
    const { payload } = req
    const entry = await payload.findByID({ collection: 'contest-entries', id: (input as { entry: number }).entry, depth: 1, overrideAccess: true, disableErrors: true })
    // Withdrawn before the mail went: nothing to confirm.
    if (!entry?.submitter?.email) return { output: {} }
    const contest = entry.contest && typeof entry.contest === 'object' ? entry.contest.title : ''
    const message = contestReceiptEmail({ name: entry.submitter.name, title: entry.title, contest, receipt: entry.receiptCode! })
    await payload.sendEmail({ to: entry.submitter.email, subject: message.subject, html: message.html, text: message.text })
    return { output: {} }
  },
}
