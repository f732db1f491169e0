import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validationMessages } from '../helpers/errors'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let ctx: TestContext
let indicatorId: number

const body = {
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text: 'Nội dung kế hoạch.', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
}

// Test data is deliberately loose (some of it invalid on purpose), so it is not typed as a Plan.
const planData = (title: string, extra: Record<string, unknown> = {}) =>
  ({
    title,
    issuingBody: 'Ban Thường vụ Hội LHPN huyện Như Thanh',
    body,
    targets: [{ indicator: indicatorId, value: 14, unit: 'tổ', year: 2025 }],
    ...extra,
  }) as never

beforeAll(async () => {
  ctx = await startTestPayload()
  const indicator = await ctx.payload.create({
    collection: 'indicators',
    data: { code: 'T-01', name: 'Tổ truyền thông cộng đồng', unit: 'tổ', contentArea: 'nd1', aggregation: 'sum', type: 'output' },
  })
  indicatorId = indicator.id as number
})
afterAll(() => ctx?.close())

describe('plans', () => {
  it('creates, reads and updates a plan with structured targets and a derived slug', async () => {
    const created = await ctx.payload.create({
      collection: 'plans',
      data: planData('Kế hoạch thử nghiệm Đồng hành', { documentNumber: '12/KH-HPN', _status: 'published' }),
    })
    expect(created.slug).toBe('ke-hoach-thu-nghiem-dong-hanh')
    expect(created.publishedAt).toBeTruthy()

    const read = await ctx.payload.findByID({ collection: 'plans', id: created.id, depth: 1 })
    expect(read.targets?.[0]?.value).toBe(14)
    expect(read.targets?.[0]?.indicator).toMatchObject({ code: 'T-01' })

    const updated = await ctx.payload.update({
      collection: 'plans',
      id: created.id,
      data: { targets: [{ indicator: indicatorId, value: 20, unit: 'tổ', year: 2025 }] },
    })
    expect(updated.targets?.[0]?.value).toBe(20)
    expect(updated.publishedAt).toBe(created.publishedAt)
  })

  it('refuses a negative target value with a Vietnamese message and stores nothing', async () => {
    const before = await ctx.payload.count({ collection: 'plans' })
    const messages = await validationMessages(
      ctx.payload.create({
        collection: 'plans',
        data: planData('Kế hoạch có chỉ tiêu âm', { targets: [{ indicator: indicatorId, value: -3, unit: 'tổ' }] }),
      }),
    )
    expect(messages.join(' ')).toMatch(/Giá trị|tối thiểu|nhỏ hơn|0/)
    expect(messages.join(' ')).not.toMatch(/must be|is required|less than/i)
    expect((await ctx.payload.count({ collection: 'plans' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a percentage target over 100', async () => {
    const messages = await validationMessages(
      ctx.payload.create({
        collection: 'plans',
        data: planData('Kế hoạch phần trăm', { targets: [{ indicator: indicatorId, value: 150, unit: '%' }] }),
      }),
    )
    expect(messages.join(' ')).toContain('không được vượt quá 100')
  })

  it('refuses a plan without its required fields, naming them in Vietnamese', async () => {
    const before = await ctx.payload.count({ collection: 'plans' })
    const messages = await validationMessages(ctx.payload.create({ collection: 'plans', data: { title: '' } as never }))
    const text = messages.join(' ')
    expect(text).toContain('Tên kế hoạch')
    expect(text).toContain('Cơ quan ban hành')
    expect((await ctx.payload.count({ collection: 'plans' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a malformed document number', async () => {
    const messages = await validationMessages(
      ctx.payload.create({ collection: 'plans', data: planData('Kế hoạch số sai', { documentNumber: 'không có số' }) }),
    )
    expect(messages.join(' ')).toContain('Số hiệu văn bản')
  })

  it('shows anonymous readers published plans only, never drafts', async () => {
    const draft = await ctx.payload.create({ collection: 'plans', draft: true, data: planData('Bản nháp chưa công bố') })
    const published = await ctx.payload.create({
      collection: 'plans',
      data: planData('Kế hoạch đã công bố', { _status: 'published' }),
    })
    const anonymous = await ctx.payload.find({ collection: 'plans', overrideAccess: false, limit: 100 })
    const titles = anonymous.docs.map((d) => d.title)
    expect(titles).toContain(published.title)
    expect(titles).not.toContain(draft.title)
    await expect(ctx.payload.findByID({ collection: 'plans', id: draft.id, overrideAccess: false })).rejects.toThrow()

    const officer = await createUser(ctx.payload, 'district-officer', (await someOrgUnit()).id)
    const asEditor = await ctx.payload.find({ collection: 'plans', overrideAccess: false, user: officer, draft: true, limit: 100 })
    expect(asEditor.docs.map((d) => d.title)).toContain(draft.title)
  })

  it('keeps earlier versions of a plan', async () => {
    const plan = await ctx.payload.create({ collection: 'plans', data: planData('Kế hoạch có phiên bản', { _status: 'published' }) })
    await ctx.payload.update({ collection: 'plans', id: plan.id, data: { summary: 'Sửa lần 1' } })
    const versions = await ctx.payload.findVersions({ collection: 'plans', where: { parent: { equals: plan.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('does not let a commune officer create or edit plans', async () => {
    const officer = await createUser(ctx.payload, 'commune-officer', (await someOrgUnit()).id)
    await expect(
      ctx.payload.create({ collection: 'plans', data: planData('Không được phép'), overrideAccess: false, user: officer }),
    ).rejects.toThrow()
  })
})

async function someOrgUnit() {
  const existing = await ctx.payload.find({ collection: 'org-units', limit: 1 })
  return existing.docs[0] ?? ctx.payload.create({ collection: 'org-units', data: { name: 'Tỉnh Thử', level: 'province' } })
}
