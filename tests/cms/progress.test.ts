import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { planProgress, type PlanProgress } from '../../cms/progress/aggregate'
import { createReportingFixture, type ReportingFixture } from '../fixtures/reportingFixture'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

let ctx: TestContext
let f: ReportingFixture
let planId: number

const iso = (day: string) => `${day}T00:00:00.000Z`

beforeAll(async () => {
  ctx = await startTestPayload()
  f = await createReportingFixture(ctx.payload)
  const { payload } = ctx
  const { communeA: A, communeB: B, communeC: C } = f.units
  const { teams, trained, access, victims } = f.indicators
  // Xã Bình merged into Xã An on 1/7/2025 (the 2025 reform).
  await payload.update({ collection: 'org-units', id: B.id, data: { successors: [A.id as number] } })
  const plan = await payload.create({
    collection: 'plans',
    data: {
      title: 'Kế hoạch tổng hợp thử nghiệm', issuingBody: 'Hội LHPN huyện Một', _status: 'published',
      // No implementation years: its periods are made here by hand, not from a schedule.
      body: f.plan.body as never,
      orgUnits: [A.id, B.id, C.id] as number[],
      owner: f.units.district.id as number,
      targets: [
        { indicator: teams.id as number, value: 10, unit: 'tổ', year: 2025 },
        { indicator: access.id as number, value: 15, unit: '%', year: 2025 },
        { indicator: trained.id as number, value: 50, unit: 'người', year: 2025 },
      ],
    } as never,
  })
  planId = plan.id as number
  const period = (code: string, start: string, end: string) =>
    payload.create({
      collection: 'reporting-periods',
      data: { plan: planId, code, name: code, kind: 'half-year', startDate: iso(start), endDate: iso(end), communeDeadline: iso(end), communeUpdateDeadline: iso(end), districtDeadline: iso(end), districtUpdateDeadline: iso(end) },
    })
  const P1 = await period('T24-H1', '2024-01-01', '2024-06-30')
  const P2 = await period('T24-H2', '2024-07-01', '2024-12-31')
  const P3 = await period('T26-H2', '2026-07-01', '2026-12-31')
  const v = (indicator: { id: unknown }, value: number, extra: Record<string, number> = {}) => ({ indicator: indicator.id as number, value, ...extra })
  // System writes (no user): the statuses are set as the workflow would have left them.
  const report = (unit: { id: unknown }, p: { id: unknown }, status: string, values: object[], late = false) =>
    payload.create({ collection: 'indicator-reports', data: { plan: planId, period: p.id, orgUnit: unit.id, status, late, values } as never })
  await report(A, P1, 'approved', [v(teams, 2), v(trained, 10, { female: 6, male: 4, ethnicMinority: 8 }), v(access, 5, { denominator: 50 })])
  await report(A, P2, 'approved', [v(teams, 3), v(trained, 5, { female: 5, male: 0 }), v(access, 9, { denominator: 60 })])
  await report(B, P1, 'approved', [v(teams, 1), v(access, 2, { denominator: 10 }), v(victims, 3, { female: 3, male: 0 })])
  await report(B, P2, 'submitted', [v(teams, 100)])
  await report(C, P1, 'returned', [v(teams, 50)])
  await report(C, P2, 'approved', [v(teams, 4), v(access, 1, { denominator: 20 }), v(victims, 2, { female: 1, male: 1 })], true)
  await report(A, P3, 'approved', [v(teams, 1000)])
})
afterAll(() => ctx?.close())

const indicator = (progress: PlanProgress, code: string) => progress.indicators.find((i) => i.code === code)!
const communes = (progress: PlanProgress, code: string) => Object.fromEntries(indicator(progress, code).byCommune.map((c) => [c.orgUnit.name, [c.value, c.denominator]]))

describe('progress from approved reports, totalled by the database', () => {
  it('sums counts over communes and periods, leaving out unapproved reports and periods not yet ended', async () => {
    const p = await planProgress(ctx.payload, planId, iso('2025-12-31'))
    const teams = indicator(p, 'T-01')
    expect(teams.total.value).toBe(10) // A 2+3, B 1, C 4 — not B's submitted 100, C's returned 50 or A's 2026 1000
    expect(teams.target).toBe(10)
    expect(p.indicators.map((i) => i.code)).toEqual(['T-01', 'T-03', 'T-02', 'T-04'])
  })

  it('adds up breakdowns by sex and ethnic minority', async () => {
    const trained = indicator(await planProgress(ctx.payload, planId, iso('2025-12-31')), 'T-02')
    expect(trained.total).toMatchObject({ value: 15, female: 11, male: 4, ethnicMinority: 8 })
  })

  it('computes a ratio from summed numerators and denominators of each commune’s latest period, never an average of percentages', async () => {
    const access = indicator(await planProgress(ctx.payload, planId, iso('2025-12-31')), 'T-03')
    expect([access.total.value, access.total.denominator]).toEqual([12, 90]) // A 9/60 (P2), B 2/10 (P1), C 1/20 (P2)
    expect(access.byPeriod.map((r) => [r.period.code, r.value, r.denominator])).toEqual([
      ['T24-H1', 7, 60],
      ['T24-H2', 10, 80],
    ])
  })

  it('rolls a merged commune into its successor in the current view, and keeps its name in a historical one', async () => {
    const now = await planProgress(ctx.payload, planId, iso('2025-12-31'))
    expect(communes(now, 'T-01')).toEqual({ 'Xã An': [6, null], 'Xã Cát': [4, null] })
    expect(communes(now, 'T-03')).toEqual({ 'Xã An': [11, 70], 'Xã Cát': [1, 20] })
    const before = await planProgress(ctx.payload, planId, iso('2025-01-31'))
    expect(communes(before, 'T-01')).toEqual({ 'Xã An': [5, null], 'Xã Bình': [1, null], 'Xã Cát': [4, null] })
  })

  it('reports completeness per period: expected, received, approved, on time and late', async () => {
    const p = await planProgress(ctx.payload, planId, iso('2025-12-31'))
    expect(p.completeness.map((c) => [c.period.code, c.expected, c.received, c.approved, c.onTime, c.late])).toEqual([
      ['T24-H1', 3, 2, 2, 2, 0],
      ['T24-H2', 3, 3, 2, 2, 1],
    ])
  })
})

describe('published progress summaries', () => {
  const asPublic = { overrideAccess: false as const }
  let firstId: number

  it('computes a draft from approved reports, with small numbers of sensitive indicators hidden, and keeps drafts from the public', async () => {
    const draft = await ctx.payload.create({
      collection: 'progress-summaries',
      data: { title: 'Tiến độ đến hết năm 2024', plan: planId, asOf: iso('2025-01-31') },
      draft: true,
    })
    firstId = draft.id as number
    expect(draft.edition).toBe(1)
    const data = draft.data as import('../../cms/progress/publicProgress').PublicProgress
    const victims = data.indicators.find((i) => i.code === 'T-04')!
    expect(victims.byCommune.map((c) => [c.orgUnit, c.value])).toEqual([['Xã Bình', '<5'], ['Xã Cát', '<5']])
    expect(victims.total).toMatchObject({ value: 5, female: '<5', male: '<5' })
    const access = data.indicators.find((i) => i.code === 'T-03')!
    expect(access.total).toMatchObject({ value: 12, denominator: 90, percent: 13.3 })
    expect(access.achievedPercent).toBe(88.9) // 13.3 % of a 15 % target
    expect(JSON.stringify(victims)).not.toMatch(/"(value|female|male|ethnicMinority)":[1-4][,}]/)
    expect((await ctx.payload.find({ collection: 'progress-summaries', ...asPublic })).totalDocs).toBe(0)
  })

  it('freezes the numbers at publication: later approvals do not change them, and the date cannot move', async () => {
    const published = await ctx.payload.update({ collection: 'progress-summaries', id: firstId, data: { _status: 'published' } })
    const frozen = JSON.stringify(published.data)
    const [pending] = (await ctx.payload.find({ collection: 'indicator-reports', where: { status: { equals: 'submitted' } } })).docs
    await ctx.payload.update({ collection: 'indicator-reports', id: pending!.id, data: { status: 'approved' } })
    const edited = await ctx.payload.update({ collection: 'progress-summaries', id: firstId, data: { narrative: null, title: 'Tiến độ đến hết năm 2024 (đã sửa tiêu đề)' } })
    expect(JSON.stringify(edited.data)).toBe(frozen)
    const { validationMessages } = await import('../helpers/errors')
    expect(await validationMessages(ctx.payload.update({ collection: 'progress-summaries', id: firstId, data: { asOf: iso('2025-12-31') } }))).toContain(
      'Số liệu của bản tổng hợp đã công bố được giữ nguyên để trích dẫn. Hãy tạo bản tổng hợp mới để cập nhật.',
    )
    const read = await ctx.payload.findByID({ collection: 'progress-summaries', id: firstId, ...asPublic })
    expect(JSON.stringify(read.data)).toBe(frozen)
  })

  it('gives the anonymous REST API the same protected numbers, and no drafts', async () => {
    const { rest } = await import('../helpers/rest')
    const res = await rest(ctx, 'GET', '/progress-summaries?depth=0')
    const body = (await res.json()) as { docs: { edition: number; data: import('../../cms/progress/publicProgress').PublicProgress }[] }
    expect(body.docs.map((d) => d.edition)).toEqual([1])
    const victims = body.docs[0]!.data.indicators.find((i) => i.code === 'T-04')!
    expect(victims.byCommune.map((c) => c.value)).toEqual(['<5', '<5'])
    expect(JSON.stringify(victims)).not.toMatch(/"(value|female|male|ethnicMinority)":[1-4][,}]/)
    const reports = await rest(ctx, 'GET', '/indicator-reports')
    expect(reports.status).toBe(403)

    // GraphQL serves the very same numbers, hidden cells included.
    const { graphQLNames, graphQLRequest } = await import('../helpers/apis')
    const { plural } = graphQLNames(ctx.payload, 'progress-summaries')!
    const graph = await graphQLRequest(ctx, `{ ${plural} { docs { edition data } } }`)
    expect(graph.errors).toBeUndefined()
    const viaGraph = (graph.data![plural] as { docs: { edition: number; data: unknown }[] }).docs
    expect(viaGraph.map((d) => [d.edition, d.data])).toEqual(body.docs.map((d) => [d.edition, d.data]))
  })

  it('a new edition supersedes the old one; both stay public', async () => {
    const second = await ctx.payload.create({
      collection: 'progress-summaries',
      data: { title: 'Tiến độ đến hết năm 2025', plan: planId, asOf: iso('2025-12-31'), _status: 'published' },
    })
    expect(second.edition).toBe(2)
    const teams = (second.data as import('../../cms/progress/publicProgress').PublicProgress).indicators.find((i) => i.code === 'T-01')!
    expect(teams.total.value).toBe(110) // B's 100 for 2024-H2 has been approved since edition 1
    const all = await ctx.payload.find({ collection: 'progress-summaries', sort: 'edition', ...asPublic })
    expect(all.docs.map((d) => [d.edition, (d.supersededBy as { id: number } | null)?.id ?? null])).toEqual([
      [1, second.id],
      [2, null],
    ])
  })
})

describe('the district consolidation (Biểu 2.8, Mẫu 3.1)', () => {
  it('lays out one period like Biểu 2.8, from approved reports, with the communes as columns', async () => {
    const { bieu28 } = await import('../../cms/reporting/consolidation')
    const period = (await ctx.payload.find({ collection: 'reporting-periods', where: { code: { equals: 'T24-H1' } } })).docs[0]!
    const table = await bieu28(ctx.payload, planId, period.id, [f.units.communeA, f.units.communeB, f.units.communeC].map((u) => ({ id: u.id, name: u.name })))
    expect(table.headings).toEqual(['STT', 'Mã', 'Chỉ số', 'Đơn vị tính', 'Tổng số', 'Trong đó: nữ', 'Trong đó: nam', 'Trong đó: DTTS', 'Xã An', 'Xã Bình', 'Xã Cát'])
    const row = (code: string) => table.rows.find((r) => r[1] === code)!.slice(4)
    expect(row('T-01')).toEqual([3, '', '', '', 2, 1, '']) // C's returned 50 is not counted
    expect(row('T-02')).toEqual([10, 6, 4, 8, 10, '', ''])
    expect(row('T-03')).toEqual(['7/60 (11,7%)', '', '', '', '5/50 (10%)', '2/10 (20%)', ''])
    expect(table.notes[0]).toContain('Số xã đã gửi: 2/3')
  })

  it('lays out the year like Mẫu 3.1: target, result of the year, cumulative, percent of target', async () => {
    const { mau31 } = await import('../../cms/reporting/consolidation')
    const table = await mau31(ctx.payload, planId, 2024)
    const row = (code: string) => table.rows.find((r) => r[1] === code)!.slice(4)
    expect(row('T-01')).toEqual([10, 110, 110, 1100])
    expect(row('T-03')).toEqual([15, '12/90 (13,3%)', '12/90 (13,3%)', 88.9])
  })

  it('serves them only to the district and administrators, as CSV or a printable page', async () => {
    const { rest, tokenFor } = await import('../helpers/rest')
    const period = (await ctx.payload.find({ collection: 'reporting-periods', where: { code: { equals: 'T24-H1' } } })).docs[0]!
    const path = `/indicator-reports/consolidation?plan=${planId}&period=${period.id}`
    const district = await tokenFor(ctx, f.users.district.email)
    const csv = await rest(ctx, 'GET', path, { token: district })
    expect(csv.status).toBe(200)
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8') // keeps the byte-order mark that Response.text() drops
    expect(text.startsWith('\uFEFFBIỂU 2.8.')).toBe(true)
    expect(text).toContain('STT,Mã,Chỉ số,Đơn vị tính,Tổng số')
    expect(text).toContain(',Xã An,Xã Bình\r\n') // the district's own communes only
    const html = await (await rest(ctx, 'GET', `${path}&format=html`, { token: district })).text()
    expect(html).toContain('@page { size: A4 landscape')
    expect(html).toContain('<th scope="col">Xã An</th>')
    for (const user of [f.users.communeA, f.users.communications]) {
      expect((await rest(ctx, 'GET', path, { token: await tokenFor(ctx, user.email) })).status).toBe(403)
    }
    expect((await rest(ctx, 'GET', path)).status).toBe(403)
    // Another district's union reads neither form of a plan it does not own.
    const other = await tokenFor(ctx, f.users.otherDistrict.email)
    for (const url of [path, `/indicator-reports/consolidation?plan=${planId}&form=mau-3-1&year=2024`]) {
      const refused = await rest(ctx, 'GET', url, { token: other })
      expect(refused.status).toBe(403)
      expect((await refused.json()).errors[0].message).toContain('đơn vị quản lý kế hoạch này')
    }
    expect((await rest(ctx, 'GET', `/indicator-reports/consolidation?plan=${planId}&form=mau-3-1&year=2024`, { token: district })).status).toBe(200)
    // A period that does not exist is asked for again, not called another plan's.
    const unknown = await rest(ctx, 'GET', `/indicator-reports/consolidation?plan=${planId}&period=999999`, { token: district })
    expect([unknown.status, (await unknown.json()).errors[0].message]).toEqual([400, 'Hãy chọn kỳ báo cáo (period) để lập Biểu 2.8.'])
  })
})
