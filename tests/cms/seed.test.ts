import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { prepareDatabase } from '../../cms/prepareDatabase'
import { seedPlanSlug } from '../../cms/seed/plan'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startTestPayload()
})
afterAll(() => ctx?.close())

const counts = async () => {
  const out: Record<string, number> = {}
  for (const collection of ['users', 'org-units', 'indicators', 'plans', 'reporting-periods'] as const) {
    out[collection] = (await ctx.payload.count({ collection })).totalDocs
  }
  return out
}

describe('first-run seed', () => {
  it('seeds the admin, settings, org units, indicators and the Như Thanh plan with its 10 targets', async () => {
    const lines: string[] = []
    await prepareDatabase(ctx.payload, (line) => lines.push(line))

    const settings = await ctx.payload.findGlobal({ slug: 'site-settings' })
    expect(settings.portalName).toBe('Trang tin điện tử xã Phú Nhuận - Huyện Như Thanh - Tỉnh Thanh Hoá')
    expect(settings.hotlines?.heading).toBe('ĐIỆN THOẠI HỮU ÍCH')
    expect(settings.hotlines?.numbers?.[0]?.number).toBe('02373.742.289')
    expect(settings.links?.[0]?.label).toBe('Công khai kết quả giải quyết TTHC')

    const communes = await ctx.payload.find({ collection: 'org-units', where: { level: { equals: 'commune' } }, limit: 20 })
    expect(communes.docs.map((c) => c.name).sort()).toEqual(
      ['Cán Khê', 'Phú Nhuận', 'Phượng Nghi', 'Thanh Kỳ', 'Thanh Tân', 'Xuân Khang', 'Xuân Phúc', 'Xuân Thái'].map((n) => `Xã ${n}`).sort(),
    )

    const plan = (await ctx.payload.find({ collection: 'plans', where: { slug: { equals: seedPlanSlug } }, depth: 1 })).docs[0]!
    expect(plan._status).toBe('published')
    expect(plan.targets?.map((t) => `${t.value} ${t.unit}`)).toEqual([
      '14 tổ',
      '5 tổ',
      '15 %',
      '15 %',
      '3 tổ',
      '1 tổ/nhóm',
      '2 địa chỉ',
      '3 CLB',
      '7 cuộc',
      '3 người',
    ])
    expect(plan.reportingDeadlines?.map((d) => `${d.level}:${d.day}/${d.month}`)).toEqual([
      'commune:10/9',
      'commune:25/1',
      'district:15/9',
      'district:31/1',
    ])
    expect(plan.legalBasis?.[0]?.number).toBe('82/KH-BTV')
    expect(JSON.stringify(plan.body)).toContain('VII. TỔ CHỨC THỰC HIỆN')
    expect(lines.join('\n')).toContain('admin@du-an-8.local')
    expect((await ctx.payload.count({ collection: 'campaign-themes' })).totalDocs).toBe(8)
  })

  it('seeds half-year reporting periods over 2022–2025 with the plan’s deadlines (section V)', async () => {
    const { docs } = await ctx.payload.find({ collection: 'reporting-periods', sort: 'startDate', limit: 100 })
    expect(docs.map((p) => p.code)).toEqual(['2022-H1', '2022-H2', '2023-H1', '2023-H2', '2024-H1', '2024-H2', '2025-H1', '2025-H2'])
    const vn = (iso: string) => new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso))
    const h1 = docs.find((p) => p.code === '2024-H1')!
    expect(h1.name).toBe('6 tháng đầu năm 2024')
    expect([h1.startDate, h1.endDate, h1.communeDeadline, h1.communeUpdateDeadline, h1.districtDeadline, h1.districtUpdateDeadline].map(vn)).toEqual([
      '01/01/2024', '30/06/2024', '10/09/2024', '25/01/2025', '15/09/2024', '31/01/2025',
    ])
    const h2 = docs.find((p) => p.code === '2024-H2')!
    expect([h2.endDate, h2.communeDeadline, h2.districtDeadline].map(vn)).toEqual(['31/12/2024', '25/01/2025', '31/01/2025'])
  })

  it('gives an installation seeded by an older version only what is new', async () => {
    await ctx.payload.delete({ collection: 'campaign-themes', where: { id: { exists: true } } })
    await ctx.payload.delete({ collection: 'reporting-periods', where: { code: { like: '2025' } } })
    await ctx.payload.updateGlobal({ slug: 'seed-state', data: { version: 1 } })
    const plansBefore = (await ctx.payload.count({ collection: 'plans' })).totalDocs
    await prepareDatabase(ctx.payload, () => {})
    expect((await ctx.payload.count({ collection: 'campaign-themes' })).totalDocs).toBe(8)
    expect((await ctx.payload.count({ collection: 'reporting-periods' })).totalDocs).toBe(8)
    expect((await ctx.payload.count({ collection: 'plans' })).totalDocs).toBe(plansBefore)
  })

  it('running again changes nothing and never re-creates what an editor deleted', async () => {
    const before = await counts()
    await prepareDatabase(ctx.payload, () => {})
    expect(await counts()).toEqual(before)

    const plan = (await ctx.payload.find({ collection: 'plans', where: { slug: { equals: seedPlanSlug } } })).docs[0]!
    await ctx.payload.delete({ collection: 'plans', id: plan.id })
    await prepareDatabase(ctx.payload, () => {})
    expect((await ctx.payload.count({ collection: 'plans', where: { slug: { equals: seedPlanSlug } } })).totalDocs).toBe(0)
  })
})
