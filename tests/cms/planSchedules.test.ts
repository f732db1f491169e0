import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatCell, parseCell, rateOf } from '../../cms/components/ReportValuesGrid/columns'
import { planProgress } from '../../cms/progress/aggregate'
import { periodsFromSchedule } from '../../collections/ReportingPeriods/schedule'
import { body } from '../fixtures/accessWorld'
import { createReportingFixture, type ReportingFixture } from '../fixtures/reportingFixture'
import { validationMessages } from '../helpers/errors'
import { rest, tokenFor } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

/**
 * Every plan reports on its own schedule: its periods come from its implementation years, its
 * deadlines and its indicators' frequencies when it is published, and reports, lateness and
 * progress use them.
 */
let ctx: TestContext
let f: ReportingFixture

beforeAll(async () => {
  ctx = await startTestPayload()
  f = await createReportingFixture(ctx.payload)
}, 120_000)
afterAll(() => ctx?.close())

const vn = (iso: string) => new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso))
const periodsOf = async (plan: unknown) =>
  (await ctx.payload.find({ collection: 'reporting-periods', where: { plan: { equals: plan } }, sort: 'startDate', pagination: false, depth: 0 })).docs
const thisYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()))

describe('a plan’s own periods', () => {
  it('a second plan entered over REST gets its own periods, with its own deadlines, and lateness judged by them', async () => {
    const token = await tokenFor(ctx, f.users.district.email)
    const plan = (title: string, year: number, update: { day: number; month: number; nextYear: boolean }) =>
      rest(ctx, 'POST', '/plans', {
        token,
        body: {
          title, issuingBody: 'Hội LHPN huyện Một', body: body(title), _status: 'published',
          period: { startYear: year, endYear: year },
          orgUnits: [f.units.communeA.id],
          targets: [{ indicator: f.indicators.teams.id, value: 5, unit: 'tổ' }],
          reportingDeadlines: [
            { level: 'commune', kind: 'report', day: 5, month: 9 },
            { level: 'commune', kind: 'update', ...update },
          ],
        },
      }).then(async (res) => {
        expect(res.status, await res.clone().text()).toBe(201)
        return ((await res.json()) as { doc: { id: number } }).doc.id
      })
    // This year's plan, its year-end report due on 15/01 next year; last year's, due on 10/01 this year.
    const open = await plan('Kế hoạch của xã năm nay', thisYear, { day: 15, month: 1, nextYear: true })
    const closed = await plan('Kế hoạch năm trước', thisYear - 1, { day: 10, month: 1, nextYear: true })

    const [h1, h2] = await periodsOf(open)
    expect([h1!.code, h1!.name, vn(h1!.communeDeadline), vn(h1!.communeUpdateDeadline)]).toEqual([`${thisYear}-H1`, `6 tháng đầu năm ${thisYear}`, `05/09/${thisYear}`, `15/01/${thisYear + 1}`])
    expect([h2!.code, vn(h2!.endDate), vn(h2!.communeDeadline)]).toEqual([`${thisYear}-H2`, `31/12/${thisYear}`, `15/01/${thisYear + 1}`])
    const closedH2 = (await periodsOf(closed)).find((p) => p.code === `${thisYear - 1}-H2`)!
    expect(vn(closedH2.communeDeadline)).toBe(`10/01/${thisYear}`)
    // The fixture's plan, with no implementation years, got none.
    expect((await periodsOf(f.plan.id)).map((p) => p.code).sort()).toEqual(['2025-H2', '2026-H1'])

    const officer = await tokenFor(ctx, f.users.communeA.email)
    const values = [{ indicator: f.indicators.teams.id, value: 2 }]
    const onTime = await rest(ctx, 'POST', '/indicator-reports', { token: officer, body: { plan: open, period: h2!.id, orgUnit: f.units.communeA.id, values, status: 'submitted' } })
    expect(onTime.status).toBe(201)
    expect(((await onTime.json()) as { doc: { late: boolean } }).doc.late).toBe(false)
    const past = await rest(ctx, 'POST', '/indicator-reports', { token: officer, body: { plan: closed, period: closedH2.id, orgUnit: f.units.communeA.id, values, status: 'submitted' } })
    expect(past.status).toBe(400)
    expect(await past.text()).toContain(`10/01/${thisYear}`)

    // Another plan's period is refused, with the reason.
    const crossed = await rest(ctx, 'POST', '/indicator-reports', { token: officer, body: { plan: closed, period: h1!.id, orgUnit: f.units.communeA.id, values } })
    expect(crossed.status).toBe(400)
    expect(await crossed.text()).toContain(`Kỳ báo cáo “6 tháng đầu năm ${thisYear}” thuộc kế hoạch khác`)

    // Deadlines that would make an update due before its report are refused at the plan, with the reason.
    const wrong = await rest(ctx, 'POST', '/plans', {
      token,
      body: { title: 'Kế hoạch hạn sai', issuingBody: 'Hội LHPN', body: body('x'), period: { startYear: thisYear, endYear: thisYear }, reportingDeadlines: [{ level: 'commune', kind: 'report', day: 5, month: 9 }, { level: 'commune', kind: 'update', day: 1, month: 1 }] },
    })
    expect(wrong.status).toBe(400)
    expect(await wrong.text()).toContain('Thời hạn cấp xã: hạn bổ sung, cập nhật số liệu không được sớm hơn hạn báo cáo')
  })

  it('asks for a result indicator only at mid-term and end of term, and makes yearly periods when nothing is half-yearly', async () => {
    const result = await ctx.payload.create({ collection: 'indicators', data: { code: 'KQ-32', name: 'Chỉ số kết quả do cán bộ nhập', unit: '%', contentArea: 'nd4', type: 'result', aggregation: 'latest', frequency: 'mid-end' } })
    const yearly = await ctx.payload.create({ collection: 'indicators', data: { code: 'KQ-72', name: 'Chỉ số kết quả hằng năm', unit: 'người', contentArea: 'nd2', type: 'result', aggregation: 'sum', frequency: 'year' } })
    const plan = await ctx.payload.create({
      collection: 'plans',
      data: {
        title: 'Kế hoạch giai đoạn 2022–2025', issuingBody: 'Hội LHPN huyện Một', body: body('x') as never, _status: 'published',
        period: { startYear: 2022, endYear: 2025 },
        targets: [
          { indicator: f.indicators.teams.id as number, value: 10, unit: 'tổ' },
          { indicator: result.id, value: 50, unit: '%' },
        ],
      },
    })
    const periods = await periodsOf(plan.id)
    expect(periods.map((p) => p.code)).toEqual(['2022-H1', '2022-H2', '2023-H1', '2023-H2', '2024-H1', '2024-H2', '2025-H1', '2025-H2'])
    const byCode = new Map(periods.map((p) => [p.code, p]))
    const attempt = (code: string) =>
      ctx.payload.create({ collection: 'indicator-reports', data: { plan: plan.id, period: byCode.get(code)!.id, orgUnit: f.units.communeA.id, values: [{ indicator: result.id, value: 40 }] } as never })
    expect(await validationMessages(attempt('2024-H2'))).toContain('Chỉ số KQ-32 không phải báo cáo trong kỳ 6 tháng cuối năm 2024 (Giữa kỳ và cuối kỳ 2023, 2025).')
    expect(await validationMessages(attempt('2023-H1'))).toContain('Chỉ số KQ-32 không phải báo cáo trong kỳ 6 tháng đầu năm 2023 (Giữa kỳ và cuối kỳ 2023, 2025).')
    expect((await attempt('2023-H2')).id).toBeTruthy()
    expect((await attempt('2025-H2')).id).toBeTruthy()

    // Only yearly and mid/end-term results: one period per year in which something is due.
    const results = await ctx.payload.create({
      collection: 'plans',
      data: {
        title: 'Kế hoạch chỉ số kết quả', issuingBody: 'Hội LHPN huyện Một', body: body('x') as never, _status: 'published',
        period: { startYear: 2022, endYear: 2025 },
        targets: [{ indicator: result.id, value: 50, unit: '%', frequency: 'mid-end', midTermYear: 2024 }],
      },
    })
    expect((await periodsOf(results.id)).map((p) => [p.code, p.name, p.kind])).toEqual([['2024', 'Năm 2024', 'year'], ['2025', 'Năm 2025', 'year']])
    await ctx.payload.update({
      collection: 'plans',
      id: results.id,
      data: { targets: [{ indicator: result.id, value: 50, unit: '%', frequency: 'mid-end', midTermYear: 2024 }, { indicator: yearly.id, value: 100, unit: 'người' }] },
    })
    expect((await periodsOf(results.id)).map((p) => p.code)).toEqual(['2022', '2023', '2024', '2025'])
  })

  it('counts as complete only the values due: a period asks each commune for the indicators of its schedule', async () => {
    const result = await ctx.payload.create({ collection: 'indicators', data: { code: 'KQ-33', name: 'Chỉ số kết quả giữa kỳ, cuối kỳ', unit: 'người', contentArea: 'nd4', type: 'result', aggregation: 'sum', frequency: 'mid-end' } })
    const plan = await ctx.payload.create({
      collection: 'plans',
      data: {
        title: 'Kế hoạch đếm đủ số liệu', issuingBody: 'Hội LHPN huyện Một', body: body('x') as never, _status: 'published',
        period: { startYear: 2022, endYear: 2025 },
        orgUnits: [f.units.communeA.id as number, f.units.communeC.id as number],
        targets: [{ indicator: f.indicators.teams.id as number, value: 10, unit: 'tổ' }, { indicator: result.id, value: 20, unit: 'người' }],
      },
    })
    const byCode = new Map((await periodsOf(plan.id)).map((p) => [p.code, p.id]))
    const report = (code: string, values: object[]) =>
      ctx.payload.create({ collection: 'indicator-reports', data: { plan: plan.id, period: byCode.get(code)!, orgUnit: f.units.communeA.id, status: 'approved', values } as never })
    await report('2023-H2', [{ indicator: f.indicators.teams.id, value: 2 }, { indicator: result.id, value: 5 }])
    // A report with the due result indicator left out is received, but not every value is there.
    await report('2025-H2', [{ indicator: f.indicators.teams.id, value: 3 }])
    await report('2024-H1', [{ indicator: f.indicators.teams.id, value: 1 }])
    const { completeness } = await planProgress(ctx.payload, plan.id, '2026-01-01T00:00:00.000Z')
    const row = (code: string) => completeness.find((c) => c.period.code === code)!
    // Two communes; 2023-H2 and 2025-H2 ask for both indicators, the others for the half-yearly one.
    expect([row('2023-H2').valuesApproved, row('2023-H2').valuesDue]).toEqual([2, 4])
    expect([row('2025-H2').received, row('2025-H2').valuesApproved, row('2025-H2').valuesDue]).toEqual([1, 1, 4])
    expect([row('2024-H1').valuesApproved, row('2024-H1').valuesDue]).toEqual([1, 2])
    expect([row('2024-H2').valuesApproved, row('2024-H2').valuesDue]).toEqual([0, 2])
  })

  it('never deletes a period that has reports: the schedule change is refused with the reason; empty periods go; publishing again changes nothing', async () => {
    const plan = await ctx.payload.create({
      collection: 'plans',
      data: { title: 'Kế hoạch đổi lịch', issuingBody: 'Hội LHPN huyện Một', body: body('x') as never, _status: 'published', period: { startYear: 2023, endYear: 2025 }, targets: [{ indicator: f.indicators.teams.id as number, value: 3, unit: 'tổ' }] },
    })
    const before = await periodsOf(plan.id)
    expect(before).toHaveLength(6)
    const reported = before.find((p) => p.code === '2023-H2')!
    await ctx.payload.create({ collection: 'indicator-reports', data: { plan: plan.id, period: reported.id, orgUnit: f.units.communeA.id, status: 'approved', values: [{ indicator: f.indicators.teams.id, value: 1 }] } as never })

    const shrink = ctx.payload.update({ collection: 'plans', id: plan.id, data: { period: { startYear: 2024, endYear: 2025 } } })
    expect(await validationMessages(shrink)).toContain(
      'Không lưu được: lịch báo cáo mới bỏ các kỳ đã có báo cáo — 6 tháng cuối năm 2023: 1 báo cáo. Hãy giữ các kỳ này trong lịch (thời gian thực hiện, tần suất chỉ số), hoặc xoá các báo cáo đó trước.',
    )
    expect((await ctx.payload.findByID({ collection: 'plans', id: plan.id })).period?.startYear).toBe(2023)
    expect(await periodsOf(plan.id)).toHaveLength(6)

    // A year without reports may go; the reported period keeps its id.
    await ctx.payload.update({ collection: 'plans', id: plan.id, data: { period: { startYear: 2023, endYear: 2024 } } })
    const after = await periodsOf(plan.id)
    expect(after.map((p) => p.code)).toEqual(['2023-H1', '2023-H2', '2024-H1', '2024-H2'])
    expect(after.find((p) => p.code === '2023-H2')!.id).toBe(reported.id)

    // New deadlines move the periods' deadlines, not the periods.
    await ctx.payload.update({ collection: 'plans', id: plan.id, data: { reportingDeadlines: [{ level: 'commune', kind: 'report', day: 1, month: 8 }] } })
    const moved = await periodsOf(plan.id)
    expect(moved.map((p) => p.id)).toEqual(after.map((p) => p.id))
    expect(vn(moved[0]!.communeDeadline)).toBe('01/08/2023')
    await ctx.payload.update({ collection: 'plans', id: plan.id, data: { title: 'Kế hoạch đổi lịch (sửa tên)' } })
    expect((await periodsOf(plan.id)).map((p) => [p.id, p.updatedAt])).toEqual(moved.map((p) => [p.id, p.updatedAt]))
  })

  it('lets a report that already holds a value be approved after its frequency changed, and keeps a period an earlier version names', async () => {
    const plan = await ctx.payload.create({
      collection: 'plans',
      data: {
        title: 'Kế hoạch đổi tần suất', issuingBody: 'Hội LHPN huyện Một', body: body('x') as never, _status: 'published', period: { startYear: 2023, endYear: 2025 },
        targets: [{ indicator: f.indicators.teams.id as number, value: 3, unit: 'tổ' }, { indicator: f.indicators.trained.id as number, value: 30, unit: 'người' }],
      },
    })
    const code = async (c: string) => (await periodsOf(plan.id)).find((p) => p.code === c)!.id
    const held = await ctx.payload.create({ collection: 'indicator-reports', data: { plan: plan.id, period: await code('2024-H1'), orgUnit: f.units.communeA.id, status: 'submitted', values: [{ indicator: f.indicators.teams.id, value: 2 }] } as never })
    await ctx.payload.update({
      collection: 'plans',
      id: plan.id,
      data: { targets: [{ indicator: f.indicators.teams.id as number, value: 3, unit: 'tổ', frequency: 'year' }, { indicator: f.indicators.trained.id as number, value: 30, unit: 'người' }] },
    })
    expect((await ctx.payload.update({ collection: 'indicator-reports', id: held.id, data: { status: 'approved' } })).status).toBe('approved')
    const added = ctx.payload.create({ collection: 'indicator-reports', data: { plan: plan.id, period: await code('2024-H1'), orgUnit: f.units.communeB.id, values: [{ indicator: f.indicators.teams.id, value: 1 }] } as never })
    expect((await validationMessages(added)).join(' ')).toContain('không phải báo cáo trong kỳ 6 tháng đầu năm 2024 (Hằng năm (kỳ cuối năm))')

    // A report first saved under 2023-H2, then moved to 2024-H2: its earlier version still names 2023-H2.
    const moved = await ctx.payload.create({ collection: 'indicator-reports', data: { plan: plan.id, period: await code('2023-H2'), orgUnit: f.units.communeA.id, values: [{ indicator: f.indicators.trained.id, value: 4 }] } as never })
    await ctx.payload.update({ collection: 'indicator-reports', id: moved.id, data: { period: await code('2024-H2') } })
    await ctx.payload.update({ collection: 'plans', id: plan.id, data: { period: { startYear: 2024, endYear: 2025 } } })
    expect((await periodsOf(plan.id)).map((p) => p.code)).toEqual(['2023-H2', '2024-H1', '2024-H2', '2025-H1', '2025-H2'])
  })
})

describe('the report entry grid’s rows (GET /api/indicator-reports/entry-rows)', () => {
  type Sections = { sections: { contentArea: string; label: string; rows: { indicator: { code: string }; target: { value: number; unit: string; year: number | null } | null; due: boolean }[] }[] }
  const rowsOf = (s: Sections) => s.sections.map((x) => [x.contentArea, x.rows.map((r) => `${r.indicator.code}${r.due ? '' : ' (not due)'}${r.target ? ` ${r.target.value} ${r.target.unit}` : ''}`)])

  it('lists what the plan asks for in the period, by content area in the plan’s order, with the commune’s own target', async () => {
    const result = await ctx.payload.create({ collection: 'indicators', data: { code: 'KQ-73', name: 'Chỉ số kết quả của biểu nhập', unit: 'người', contentArea: 'nd4', type: 'result', aggregation: 'sum', frequency: 'mid-end' } })
    const plan = await ctx.payload.create({
      collection: 'plans',
      data: {
        title: 'Kế hoạch có biểu nhập', issuingBody: 'Hội LHPN huyện Một', body: body('x') as never, _status: 'published', period: { startYear: 2022, endYear: 2025 },
        targets: [
          { indicator: result.id, value: 20, unit: 'người', year: 2025 },
          { indicator: f.indicators.access.id as number, value: 15, unit: '%' },
          { indicator: f.indicators.teams.id as number, value: 10, unit: 'tổ' },
          { indicator: f.indicators.teams.id as number, value: 4, unit: 'tổ', orgUnit: f.units.communeA.id as number },
        ],
      },
    })
    const code = async (c: string) => (await periodsOf(plan.id)).find((p) => p.code === c)!.id
    const officer = await tokenFor(ctx, f.users.communeA.email)
    const get = async (query: string, token = officer, language = 'vi') => {
      const res = await rest(ctx, 'GET', `/indicator-reports/entry-rows?${query}`, { token, headers: { 'Accept-Language': language } })
      return { status: res.status, body: (await res.json()) as Sections & { errors?: { message: string }[] } }
    }

    const midTerm = await get(`plan=${plan.id}&period=${await code('2023-H2')}&orgUnit=${f.units.communeA.id}`)
    expect(midTerm.status).toBe(200)
    expect(rowsOf(midTerm.body)).toEqual([
      ['nd1', ['T-03 15 %', 'T-01 4 tổ']],
      ['nd4', ['KQ-73 20 người']],
    ])
    expect(midTerm.body.sections[0]!.label).toBe('Nội dung 1: Tuyên truyền, vận động thay đổi “nếp nghĩ, cách làm”')
    expect(midTerm.body.sections[1]!.rows[0]!.target).toEqual({ value: 20, unit: 'người', year: 2025 })

    // Another commune gets the plan-wide target; a period without the result indicator leaves it
    // out, unless the report already holds it (then it is listed, marked not due).
    const otherCommune = await get(`plan=${plan.id}&period=${await code('2024-H1')}&orgUnit=${f.units.communeB.id}`)
    expect(rowsOf(otherCommune.body)).toEqual([['nd1', ['T-03 15 %', 'T-01 10 tổ']]])
    const held = await get(`plan=${plan.id}&period=${await code('2024-H1')}&orgUnit=${f.units.communeA.id}&also=${result.id},${f.indicators.teams.id}`)
    expect(rowsOf(held.body)).toEqual([['nd1', ['T-03 15 %', 'T-01 4 tổ']], ['nd4', ['KQ-73 (not due) 20 người']]])

    const english = await get(`plan=${plan.id}&period=${await code('2023-H2')}`, officer, 'en')
    expect(english.body.sections.map((s) => s.label)).toEqual(['Area 1: Communication for changing mindsets', 'Area 4: Gender equality and mainstreaming capacity'])

    // Refusals say why.
    const missing = await get(`plan=${plan.id}`)
    expect([missing.status, missing.body.errors?.[0]?.message]).toEqual([400, 'Hãy chọn kế hoạch (plan) và kỳ báo cáo (period) của kế hoạch đó.'])
    const crossed = await get(`plan=${plan.id}&period=${f.periods.open.id}`)
    expect([crossed.status, crossed.body.errors?.[0]?.message]).toEqual([400, 'Kỳ báo cáo “6 tháng đầu năm 2026” thuộc kế hoạch khác: hãy chọn một kỳ của kế hoạch này.'])
    const writer = await get(`plan=${plan.id}&period=${await code('2023-H2')}`, await tokenFor(ctx, f.users.communications.email))
    expect([writer.status, writer.body.errors?.[0]?.message]).toEqual([403, 'Chỉ cán bộ báo cáo của xã, huyện và quản trị hệ thống được mở biểu nhập số liệu.'])
    const anonymous = await rest(ctx, 'GET', `/indicator-reports/entry-rows?plan=${plan.id}&period=${await code('2023-H2')}`)
    expect(anonymous.status).toBe(403)
  })

  it('reads what an officer types as the form stores it, and writes a ratio’s rate the Vietnamese way', () => {
    expect([parseCell('12', true), parseCell(' 35,7 ', true), parseCell('1 200', true), parseCell('1.000', true), parseCell('', true), parseCell('mười hai', true), parseCell('35,7%', true), parseCell('-3', true)]).toEqual([12, 35.7, 1200, 1000, null, 'mười hai', '35,7%', -3])
    // Shown with the decimal comma, so that typing after it reads the same number back.
    expect([formatCell(35.7), formatCell(1000), parseCell(formatCell(35.7), true)]).toEqual(['35,7', '1000', 35.7])
    expect([parseCell('  ', false), parseCell('Số liệu ước', false)]).toEqual([null, 'Số liệu ước'])
    expect([rateOf(2, 5), rateOf(1, 3), rateOf(1, 0), rateOf(null, 5)]).toEqual(['40%', '33,3%', null, null])
  })
})

describe('deadlines on a day some years lack', () => {
  it('puts an update due "before 29/02" on 28/02 in a year without that day, not on 1/3', () => {
    const periods = periodsFromSchedule(
      { period: { startYear: 2023, endYear: 2024 }, reportingDeadlines: [{ level: 'commune', kind: 'update', day: 29, month: 2, nextYear: true }], targets: [] },
      () => ({ frequency: 'half-year', years: [] }),
    )
    const updateOf = (code: string) => vn(periods.find((p) => p.code === code)!.communeUpdateDeadline)
    expect([updateOf('2023-H2'), updateOf('2024-H2')]).toEqual(['29/02/2024', '28/02/2025'])
  })
})

describe('a period keeps its plan once reported in', () => {
  it('refuses to move a period with reports to another plan, with the reason, and moves one without', async () => {
    const other = await ctx.payload.create({ collection: 'plans', data: { title: 'Kế hoạch nhận kỳ', issuingBody: 'Hội LHPN huyện Một', body: body('x') as never, _status: 'published' } })
    const period = await ctx.payload.create({
      collection: 'reporting-periods',
      data: { ...f.periods.open, id: undefined, createdAt: undefined, updatedAt: undefined, code: 'CHUYEN-1', plan: f.plan.id } as never,
    })
    await ctx.payload.create({ collection: 'indicator-reports', data: { plan: f.plan.id, period: period.id, orgUnit: f.units.communeA.id, values: [{ indicator: f.indicators.teams.id, value: 1 }] } as never })
    const moved = ctx.payload.update({ collection: 'reporting-periods', id: period.id, data: { plan: other.id } })
    expect(await validationMessages(moved)).toContain(('Kỳ này đã có 1 báo cáo của kế hoạch hiện tại nên không chuyển sang kế hoạch khác được. Hãy tạo kỳ mới cho kế hoạch kia.'))
    expect((await ctx.payload.findByID({ collection: 'reporting-periods', id: period.id, depth: 0 })).plan).toBe(f.plan.id)

    const empty = await ctx.payload.create({ collection: 'reporting-periods', data: { ...f.periods.open, id: undefined, createdAt: undefined, updatedAt: undefined, code: 'CHUYEN-2', plan: f.plan.id } as never })
    expect((await ctx.payload.update({ collection: 'reporting-periods', id: empty.id, data: { plan: other.id }, depth: 0 })).plan).toBe(other.id)
  })
})
