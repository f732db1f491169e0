import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { IndicatorReport, ReportingPeriod } from '../../cms/payload-types'
import { createReportingFixture, type ReportingFixture } from '../fixtures/reportingFixture'
import { rest, tokenFor } from '../helpers/rest'
import { recipients, startSmtp, type Mailbox } from '../helpers/smtp'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

let ctx: TestContext
let f: ReportingFixture
let mail: Mailbox

beforeAll(async () => {
  mail = await startSmtp()
  process.env.SMTP_URL = mail.url
  process.env.CMS_PUBLIC_URL = 'https://du-an-8.example.test'
  ctx = await startTestPayload()
  f = await createReportingFixture(ctx.payload)
})
afterAll(async () => {
  await ctx?.close()
  await mail?.stop()
  delete process.env.SMTP_URL
  delete process.env.CMS_PUBLIC_URL
})

const runJobs = async () => {
  await ctx.payload.jobs.run()
}

describe('password reset by email', () => {
  it('mails a Vietnamese link; the new password works and every old session is logged out', async () => {
    const user = f.users.communications
    const oldSession = await tokenFor(ctx, user.email)
    expect(((await (await rest(ctx, 'GET', '/users/me', { token: oldSession })).json()) as { user: unknown }).user).not.toBeNull()

    const asked = await rest(ctx, 'POST', '/users/forgot-password', { body: { email: user.email } })
    expect(asked.status).toBe(200)
    // Sent by the job queue as soon as the request's transaction commits, not a minute later.
    const [message] = await mail.to(user.email, 1, 5000)
    expect(message!.subject).toBe('Đặt lại mật khẩu Cổng thông tin Dự án 8')
    expect(message!.text).toContain('trong vòng 1 giờ')
    const link = String(message!.html).match(/href="(https:\/\/du-an-8\.example\.test\/admin\/reset\/([^"]+))"/)
    expect(link).toBeTruthy()
    expect(message!.text).toContain(link![1])

    const reset = await rest(ctx, 'POST', '/users/reset-password', { body: { token: decodeURIComponent(link![2]!), password: 'mat-khau-moi-sau-khi-quen' } })
    expect(reset.status).toBe(200)
    expect(((await (await rest(ctx, 'GET', '/users/me', { token: oldSession })).json()) as { user: unknown }).user).toBeNull()
    await expect(tokenFor(ctx, user.email, 'mat-khau-moi-sau-khi-quen')).resolves.toBeTruthy()
    await expect(tokenFor(ctx, user.email)).rejects.toThrow()
  })

  it('answers an unknown address exactly as a known one, and mails no one', async () => {
    const before = mail.messages.length
    const known = await rest(ctx, 'POST', '/users/forgot-password', { body: { email: f.users.communications.email } })
    const unknown = await rest(ctx, 'POST', '/users/forgot-password', { body: { email: 'khong-co-ai@example.test' } })
    expect([unknown.status, await unknown.text()]).toEqual([known.status, await known.text()])
    await mail.to(f.users.communications.email, 2, 5000)
    await runJobs()
    await new Promise((r) => setTimeout(r, 500))
    expect(mail.messages.length).toBe(before + 1)
  })
})

describe('password reset requests are limited', () => {
  it('sends at most three reset mails an hour for one email, then says why', async () => {
    const email = f.users.admin.email
    const statuses: number[] = []
    let refusal = ''
    for (let i = 0; i < 4; i++) {
      const res = await rest(ctx, 'POST', '/users/forgot-password', { body: { email }, headers: { 'X-Forwarded-For': `203.0.113.${i}` } })
      statuses.push(res.status)
      if (res.status !== 200) refusal = ((await res.json()) as { errors: { message: string }[] }).errors[0]!.message
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    expect(refusal).toBe('Đã có nhiều yêu cầu đặt lại mật khẩu. Vui lòng kiểm tra hộp thư, hoặc thử lại sau 60 phút.')
    // Sent by the runs started at commit (a queue run here would race them for the same jobs).
    // At most three mails: one per accepted request, less those whose token a later request
    // replaced before their job ran (a superseded link would not work), never one twice. The
    // last one comes.
    const user = await ctx.payload.findByID({ collection: 'users', id: f.users.admin.id, showHiddenFields: true, depth: 0 })
    await expect.poll(async () => (await mail.to(email, 1, 0)).some((m) => String(m.text).includes(String(user.resetPasswordToken))), { timeout: 20_000 }).toBe(true)
    const mails = await mail.to(email, 4, 1000)
    expect(mails.length).toBeGreaterThanOrEqual(1)
    expect(mails.length).toBeLessThanOrEqual(3)
    expect(new Set(mails.map((m) => m.text)).size).toBe(mails.length)
  })
})

describe('reporting reminders, returned reports and overdue lists (Payload job queue)', () => {
  let period: ReportingPeriod
  const runDay = async (today: string) => {
    await ctx.payload.jobs.queue({ task: 'sendReportingNotices', input: { today } })
    await runJobs()
  }
  beforeAll(async () => {
    period = (await ctx.payload.create({
      collection: 'reporting-periods',
      data: {
        plan: f.plan.id as number, code: '2030-H1', name: '6 tháng đầu năm 2030', kind: 'half-year', startDate: '2030-01-01', endDate: '2030-06-30',
        communeDeadline: '2030-09-09T17:00:00.000Z', communeUpdateDeadline: '2031-01-24T17:00:00.000Z',
        districtDeadline: '2030-09-14T17:00:00.000Z', districtUpdateDeadline: '2031-01-30T17:00:00.000Z',
      },
    })) as ReportingPeriod
  })

  it('reminds each commune officer 7 days before the deadline, once however often the job runs', async () => {
    await runDay('2030-09-02') // 8 days before: nothing yet
    expect(await mail.to(f.users.communeA.email, 1, 300)).toHaveLength(0)
    await runDay('2030-09-03')
    await runDay('2030-09-03')
    await runDay('2030-09-04')
    const [reminder, ...more] = await mail.to(f.users.communeA.email)
    expect(more).toHaveLength(0)
    expect(reminder!.subject).toBe('Nhắc hạn báo cáo 6 tháng đầu năm 2030: còn 7 ngày (10/09/2030)')
    expect(reminder!.text).toContain('Báo cáo kết quả thực hiện Dự án 8 kỳ “6 tháng đầu năm 2030” của Xã An cần gửi lên huyện trước hết ngày 10/09/2030')
    expect(reminder!.text).toContain('https://du-an-8.example.test/admin/collections/indicator-reports')
    expect(await mail.to(f.users.communeC.email)).toHaveLength(1)
    // Nobody else: not the district, not the communications officer.
    expect(recipients(reminder!)).toEqual([f.users.communeA.email])
    expect(await mail.to(f.users.district.email, 1, 300)).toHaveLength(0)
  })

  it('tells the commune’s officers when the district returns their report, with the district’s reason', async () => {
    const report = (await ctx.payload.create({
      collection: 'indicator-reports',
      data: { orgUnit: f.units.communeA.id, period: period.id, plan: f.plan.id, status: 'submitted', values: [{ indicator: f.indicators.teams.id, value: 2 }] } as never,
      user: f.users.communeA,
      overrideAccess: false,
    })) as IndicatorReport
    const before = (await mail.to(f.users.communeA.email)).length
    await ctx.payload.update({ collection: 'indicator-reports', id: report.id, data: { status: 'returned', returnComment: 'Thiếu danh sách tổ truyền thông.' }, user: f.users.district, overrideAccess: false })
    await runJobs()
    const returned = (await mail.to(f.users.communeA.email, before + 1)).at(-1)!
    expect(returned.subject).toBe('Báo cáo 6 tháng đầu năm 2030 của Xã An được trả lại để bổ sung')
    expect(returned.text).toContain('Ý kiến của huyện: Thiếu danh sách tổ truyền thông.')
    expect(returned.text).toContain(`https://du-an-8.example.test/admin/collections/indicator-reports/${report.id}`)
    expect(await mail.to(f.users.communeC.email, 2, 300)).toHaveLength(1)
    // Sent again, the report no longer needs reminding.
    await ctx.payload.update({ collection: 'indicator-reports', id: report.id, data: { status: 'submitted' }, user: f.users.communeA, overrideAccess: false })
  })

  it('reminds the day before only those whose report has not gone up', async () => {
    const before = { a: (await mail.to(f.users.communeA.email)).length, c: (await mail.to(f.users.communeC.email)).length }
    await runDay('2030-09-09')
    expect(await mail.to(f.users.communeA.email, before.a + 1, 500)).toHaveLength(before.a)
    const [last] = (await mail.to(f.users.communeC.email, before.c + 1)).slice(-1)
    expect(last!.subject).toBe('Nhắc hạn báo cáo 6 tháng đầu năm 2030: hạn là ngày mai (10/09/2030)')
  })

  it('sends each district officer, after the deadline, the communes of their district that have not reported', async () => {
    await runDay('2030-09-11')
    await runDay('2030-09-12')
    const [list, ...more] = await mail.to(f.users.otherDistrict.email)
    expect(more).toHaveLength(0)
    expect(list!.subject).toBe('Báo cáo kỳ 6 tháng đầu năm 2030: 1 xã chưa gửi (hạn 10/09/2030)')
    expect(list!.text).toContain('- Xã Cát')
    // Xã An reported; Xã Bình ended with the 2025 reform: Huyện Một has no one late.
    expect(await mail.to(f.users.district.email, 1, 300)).toHaveLength(0)
    const notices = await ctx.payload.find({ collection: 'sent-notices', where: { key: { like: `:${period.id}:` } }, pagination: false })
    expect(notices.docs.map((n) => n.kind).sort()).toEqual(['deadline-reminder', 'deadline-reminder', 'deadline-reminder', 'overdue-list'])
  })
})
