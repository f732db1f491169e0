import type { User } from '../../cms/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createReportingFixture, type ReportingFixture } from '../fixtures/reportingFixture'
import { validationMessages } from '../helpers/errors'
import { rest, tokenFor } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

let ctx: TestContext
let f: ReportingFixture

beforeAll(async () => {
  ctx = await startTestPayload()
  f = await createReportingFixture(ctx.payload)
})
afterAll(() => ctx?.close())

type Values = { indicator: number; value: unknown; denominator?: unknown; female?: unknown; male?: unknown; ethnicMinority?: unknown }[]

const as = (user: User) => ({ user, overrideAccess: false as const })
const report = (orgUnit: number, period: number, values: Values = []) => ({ plan: f.plan.id as number, period, orgUnit, values }) as never
const countReports = () => ctx.payload.count({ collection: 'indicator-reports' }).then((r) => r.totalDocs)

describe('indicator reports: one per commune, period and plan', () => {
  it('lets a commune officer write and submit their own report, stamping who and when', async () => {
    const draft = await ctx.payload.create({
      collection: 'indicator-reports',
      ...as(f.users.communeA),
      data: report(f.units.communeA.id as number, f.periods.open.id as number, [
        { indicator: f.indicators.teams.id as number, value: 2 },
        { indicator: f.indicators.trained.id as number, value: 30, female: 22, male: 8, ethnicMinority: 25 },
        { indicator: f.indicators.access.id as number, value: 12, denominator: 80 },
      ]),
    })
    expect(draft.status).toBe('draft')
    expect(draft.title).toBe('Xã An – 6 tháng đầu năm 2026')
    const submitted = await ctx.payload.update({ collection: 'indicator-reports', id: draft.id, ...as(f.users.communeA), data: { status: 'submitted' } })
    expect(submitted.status).toBe('submitted')
    expect(submitted.late).toBe(false)
    expect(submitted.submittedAt).toBeTruthy()
    expect(submitted.submittedBy).toMatchObject({ id: f.users.communeA.id })
  })

  it('refuses a second report for the same commune, period and plan — in the hook and in the database', async () => {
    const before = await countReports()
    const messages = await validationMessages(
      ctx.payload.create({ collection: 'indicator-reports', ...as(f.users.communeA), data: report(f.units.communeA.id as number, f.periods.open.id as number) }),
    )
    expect(messages).toContain('Đơn vị Xã An đã có báo cáo kỳ 6 tháng đầu năm 2026 cho kế hoạch này. Hãy mở báo cáo đó để sửa.')
    // Straight to the adapter, past every hook: the unique index still refuses it.
    await expect(
      ctx.payload.db.create({ collection: 'indicator-reports', data: { plan: f.plan.id, period: f.periods.open.id, orgUnit: f.units.communeA.id, status: 'draft', title: 'x' } }),
    ).rejects.toThrow()
    expect(await countReports()).toBe(before)
  })

  it('keeps communes out of each other’s reports (Local API, overrideAccess: false)', async () => {
    const other = await ctx.payload.create({ collection: 'indicator-reports', ...as(f.users.communeC), data: report(f.units.communeC.id as number, f.periods.open.id as number) })
    const seenByA = await ctx.payload.find({ collection: 'indicator-reports', ...as(f.users.communeA) })
    expect(seenByA.docs.map((d) => d.orgUnit)).toEqual(seenByA.docs.map(() => expect.objectContaining({ id: f.units.communeA.id })))
    await expect(ctx.payload.findByID({ collection: 'indicator-reports', id: other.id, ...as(f.users.communeA) })).rejects.toThrow()
    await expect(ctx.payload.update({ collection: 'indicator-reports', id: other.id, ...as(f.users.communeA), data: { notes: 'sửa trộm' } })).rejects.toThrow()
    await expect(
      ctx.payload.create({ collection: 'indicator-reports', ...as(f.users.communeA), data: report(f.units.communeB.id as number, f.periods.open.id as number) }),
    ).rejects.toThrow('Bạn chỉ được lập và sửa nội dung của đơn vị mình phụ trách và các đơn vị cấp dưới.')
    const fresh = await ctx.payload.findByID({ collection: 'indicator-reports', id: other.id })
    expect(fresh.notes ?? null).toBeNull()
  })

  it('keeps communes out of each other’s reports through the REST API too, and the public out of all', async () => {
    const [mine] = (await ctx.payload.find({ collection: 'indicator-reports', where: { orgUnit: { equals: f.units.communeA.id } } })).docs
    const [theirs] = (await ctx.payload.find({ collection: 'indicator-reports', where: { orgUnit: { equals: f.units.communeC.id } } })).docs
    const token = await tokenFor(ctx, f.users.communeA.email)
    expect((await rest(ctx, 'GET', `/indicator-reports/${mine.id}`, { token })).status).toBe(200)
    expect((await rest(ctx, 'GET', `/indicator-reports/${theirs.id}`, { token })).status).toBe(404)
    const list = (await (await rest(ctx, 'GET', '/indicator-reports?limit=100', { token })).json()) as { docs: { id: number }[] }
    expect(list.docs.map((d) => d.id)).toEqual([mine.id])
    expect([403, 404]).toContain((await rest(ctx, 'PATCH', `/indicator-reports/${theirs.id}`, { token, body: { notes: 'qua REST' } })).status)
    expect((await rest(ctx, 'GET', `/indicator-reports/${mine.id}`)).status).toBe(403)
    const anonymousList = await rest(ctx, 'GET', '/indicator-reports')
    expect(anonymousList.status).toBe(403)
    const comms = await tokenFor(ctx, f.users.communications.email)
    expect((await rest(ctx, 'GET', '/indicator-reports', { token: comms })).status).toBe(403)
  })

  it('lets the district officer see their communes only, return with a reason, and approve', async () => {
    const inDistrict = await ctx.payload.find({ collection: 'indicator-reports', ...as(f.users.district) })
    expect(inDistrict.docs.map((d) => (d.orgUnit as { name: string }).name)).toEqual(['Xã An'])
    const other = await ctx.payload.find({ collection: 'indicator-reports', ...as(f.users.otherDistrict) })
    expect(other.docs.map((d) => (d.orgUnit as { name: string }).name)).toEqual(['Xã Cát'])

    const id = inDistrict.docs[0]!.id
    expect(await validationMessages(ctx.payload.update({ collection: 'indicator-reports', id, ...as(f.users.district), data: { status: 'returned' } }))).toContain(
      'Khi trả lại báo cáo, hãy ghi rõ lý do để xã bổ sung.',
    )
    const returned = await ctx.payload.update({ collection: 'indicator-reports', id, ...as(f.users.district), data: { status: 'returned', returnComment: 'Thiếu danh sách người tập huấn.' } })
    expect(returned.reviewedBy).toMatchObject({ id: f.users.district.id })
    await ctx.payload.update({ collection: 'indicator-reports', id, ...as(f.users.communeA), data: { notes: 'Đã bổ sung danh sách.', status: 'submitted' } })
    expect(await validationMessages(ctx.payload.update({ collection: 'indicator-reports', id, ...as(f.users.communeA), data: { status: 'approved' } }))).toContain(
      'Không thể chuyển báo cáo từ “Đã gửi, chờ duyệt” sang “Đã duyệt” với vai trò của bạn.',
    )
    const approved = await ctx.payload.update({ collection: 'indicator-reports', id, ...as(f.users.district), data: { status: 'approved' } })
    expect(approved.status).toBe('approved')
  })

  it('locks an approved report for everyone; only an administrator can reopen it, with a reason', async () => {
    const [approved] = (await ctx.payload.find({ collection: 'indicator-reports', where: { status: { equals: 'approved' } } })).docs
    const locked = 'Báo cáo đã được duyệt nên không thể sửa. Liên hệ quản trị hệ thống nếu cần mở lại.'
    for (const user of [f.users.communeA, f.users.district, f.users.admin]) {
      expect(await validationMessages(ctx.payload.update({ collection: 'indicator-reports', id: approved.id, ...as(user), data: { notes: 'sửa sau duyệt' } }))).toContain(locked)
    }
    expect(
      await validationMessages(ctx.payload.update({ collection: 'indicator-reports', id: approved.id, ...as(f.users.district), data: { status: 'returned', returnComment: 'mở lại' } })),
    ).toContain('Không thể chuyển báo cáo từ “Đã duyệt” sang “Trả lại để bổ sung” với vai trò của bạn.')
    const reopened = await ctx.payload.update({ collection: 'indicator-reports', id: approved.id, ...as(f.users.admin), data: { status: 'returned', returnComment: 'Sai số liệu chỉ số T-01, mở lại để xã sửa.' } })
    expect(reopened.status).toBe('returned')
    await ctx.payload.update({ collection: 'indicator-reports', id: approved.id, ...as(f.users.communeA), data: { status: 'submitted' } })
    await ctx.payload.update({ collection: 'indicator-reports', id: approved.id, ...as(f.users.district), data: { status: 'approved' } })
  })

  it('keeps every change as a version', async () => {
    const [approved] = (await ctx.payload.find({ collection: 'indicator-reports', where: { status: { equals: 'approved' } } })).docs
    const versions = await ctx.payload.findVersions({ collection: 'indicator-reports', where: { parent: { equals: approved.id } }, limit: 100 })
    expect(versions.docs.map((v) => v.version.status)).toEqual(expect.arrayContaining(['draft', 'submitted', 'returned', 'approved']))
    expect(versions.totalDocs).toBeGreaterThanOrEqual(8)
  })
})

describe('deadlines', () => {
  it('after the deadline a commune needs the district’s recorded permission, and the report is flagged late', async () => {
    const communeA = f.units.communeA.id as number
    const closed = f.periods.closed.id as number
    const past = await validationMessages(ctx.payload.create({ collection: 'indicator-reports', ...as(f.users.communeA), data: report(communeA, closed) }))
    expect(past.join(' ')).toMatch(/Đã quá hạn báo cáo \(\d\d\/\d\d\/\d{4}\)\. Cần Hội LHPN huyện cho phép sửa sau hạn\./)

    const opened = await ctx.payload.create({ collection: 'indicator-reports', ...as(f.users.district), data: report(communeA, closed) })
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString()
    expect(
      await validationMessages(ctx.payload.update({ collection: 'indicator-reports', id: opened.id, user: f.users.communeA, overrideAccess: true, data: { lateEdit: { allowedUntil: until } } })),
    ).toContain('Chỉ Hội LHPN huyện hoặc quản trị hệ thống được cho phép sửa sau hạn.')
    const granted = await ctx.payload.update({
      collection: 'indicator-reports', id: opened.id, ...as(f.users.district),
      data: { lateEdit: { allowedUntil: until, reason: 'Xã bị lũ, mất điện kéo dài' } },
    })
    expect(granted.lateEdit?.grantedBy).toMatchObject({ id: f.users.district.id })
    expect(granted.lateEdit?.grantedAt).toBeTruthy()
    const submitted = await ctx.payload.update({
      collection: 'indicator-reports', id: opened.id, ...as(f.users.communeA),
      data: { values: [{ indicator: f.indicators.teams.id as number, value: 1 }], status: 'submitted' } as never,
    })
    expect(submitted.status).toBe('submitted')
    expect(submitted.late).toBe(true)
  })
})

describe('values are checked against their indicator, with clear Vietnamese errors and nothing stored', () => {
  const attempt = (values: Values) =>
    validationMessages(ctx.payload.create({ collection: 'indicator-reports', ...as(f.users.district), data: report(f.units.communeB.id as number, f.periods.closed.id as number, values) }))

  it.each([
    ['a negative count', [{ indicator: 'teams', value: -1 }], 'Chỉ số T-01: số lượng không được âm.'],
    ['a fractional count', [{ indicator: 'teams', value: 1.5 }], 'Chỉ số T-01: số lượng phải là số nguyên.'],
    ['a ratio over 100 %', [{ indicator: 'access', value: 90, denominator: 80 }], 'Chỉ số T-03: tử số (90) lớn hơn mẫu số (80), tỷ lệ vượt quá 100%.'],
    ['a ratio without denominator', [{ indicator: 'access', value: 9 }], 'Chỉ số T-03 tính theo tỷ lệ: cần nhập cả tử số và mẫu số (mẫu số lớn hơn 0).'],
    ['women and men not adding up', [{ indicator: 'trained', value: 10, female: 7, male: 2 }], 'Chỉ số T-02: số nữ (7) cộng số nam (2) phải bằng tổng (10).'],
    ['more ethnic-minority people than in total', [{ indicator: 'trained', value: 10, ethnicMinority: 11 }], 'Chỉ số T-02: số người DTTS (11) không được lớn hơn tổng (10).'],
    ['the same indicator twice', [{ indicator: 'teams', value: 1 }, { indicator: 'teams', value: 2 }], 'Chỉ số T-01 được nhập hai lần trong cùng một báo cáo.'],
  ])('refuses %s', async (_, rows, message) => {
    const before = await countReports()
    const values = (rows as { indicator: keyof ReportingFixture['indicators'] }[]).map((r) => ({ ...r, indicator: f.indicators[r.indicator].id as number }))
    expect(await attempt(values as Values)).toContain(message)
    expect(await countReports()).toBe(before)
  })

  it('refuses a value that is not a number, in Vietnamese', async () => {
    const messages = await attempt([{ indicator: f.indicators.teams.id as number, value: 'mười hai' }])
    expect(messages).toContain('Chỉ số T-01: giá trị phải là một số (ví dụ 12), không phải chữ.')
  })

  it('reads numbers sent as text as the CSV import does, over REST, and refuses text that only starts with digits', async () => {
    const token = await tokenFor(ctx, f.users.communeA.email)
    const period = await ctx.payload.create({ collection: 'reporting-periods', data: { ...f.periods.open, id: undefined, createdAt: undefined, updatedAt: undefined, code: 'SO-CHU' } as never })
    const post = (values: Record<string, unknown>[]) =>
      rest(ctx, 'POST', '/indicator-reports', { token, body: { plan: f.plan.id, period: period.id, orgUnit: f.units.communeA.id, values } })
    const before = await countReports()
    for (const [raw, field] of [['12a', 'value'], ['35,7%', 'value'], ['7 người', 'female']] as const) {
      const refused = await post([{ indicator: f.indicators.trained.id, value: 12, [field]: raw }])
      expect(refused.status, raw).toBe(400)
      const [error] = ((await refused.json()) as { errors: { data: { errors: { path: string; message: string }[] } }[] }).errors
      expect(error!.data.errors, raw).toEqual([{ path: `values.0.${field}`, message: 'Chỉ số T-02: giá trị phải là một số (ví dụ 12), không phải chữ.' }])
    }
    expect(await countReports()).toBe(before)
    const stored = await post([{ indicator: f.indicators.trained.id, value: '1.234', female: '1.000', male: ' 234 ' }])
    expect(stored.status, await stored.clone().text()).toBe(201)
    const { doc } = (await stored.json()) as { doc: { id: number; values: { value: number; female: number; male: number }[] } }
    expect(doc.values.map((v) => [v.value, v.female, v.male])).toEqual([[1234, 1000, 234]])
    await ctx.payload.delete({ collection: 'indicator-reports', id: doc.id })
  })

  it('refuses a report for a unit that is not a commune, and a period that ends before it starts', async () => {
    expect(
      await validationMessages(ctx.payload.create({ collection: 'indicator-reports', ...as(f.users.admin), data: report(f.units.district.id as number, f.periods.open.id as number) })),
    ).toContain('Báo cáo định kỳ do cấp xã lập: hãy chọn một đơn vị cấp xã.')
    const d = (iso: string) => `${iso}T00:00:00.000Z`
    expect(
      await validationMessages(
        ctx.payload.create({
          collection: 'reporting-periods',
          data: { plan: f.plan.id as number, code: 'SAI', name: 'Kỳ sai', kind: 'year', startDate: d('2026-12-31'), endDate: d('2026-01-01'), communeDeadline: d('2027-01-10'), communeUpdateDeadline: d('2027-01-25'), districtDeadline: d('2027-01-15'), districtUpdateDeadline: d('2027-01-31') },
        }),
      ),
    ).toContain('Ngày kết thúc kỳ phải sau ngày bắt đầu, và hạn cập nhật không sớm hơn hạn báo cáo.')
  })

  it('refuses a percentage entered directly above 100', async () => {
    const direct = await ctx.payload.create({ collection: 'indicators', data: { code: 'T-05', name: 'Tỷ lệ xã có tổ truyền thông', unit: '%', contentArea: 'nd1', aggregation: 'latest' } as never })
    expect(await attempt([{ indicator: direct.id as number, value: 120 }])).toContain('Chỉ số T-05: tỷ lệ phần trăm phải từ 0 đến 100.')
  })
})
