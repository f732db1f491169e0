import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validationMessages } from '../helpers/errors'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let ctx: TestContext
let themeId: number

const body = (text: string) => ({
  root: {
    type: 'root', version: 1, format: '', indent: 0, direction: 'ltr',
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
})

// Loose on purpose: some of it is invalid to see it refused.
const campaign = (title: string, extra: Record<string, unknown> = {}) => ({ title, themes: [themeId], body: body(title), ...extra }) as never

beforeAll(async () => {
  ctx = await startTestPayload()
  themeId = (await ctx.payload.create({ collection: 'campaign-themes', data: { name: 'Phòng, chống tảo hôn' } })).id as number
})
afterAll(() => ctx?.close())

describe('campaigns', () => {
  it('creates, reads and updates a campaign with channels, languages and reach figures', async () => {
    const created = await ctx.payload.create({
      collection: 'campaigns',
      data: campaign('Nói không với tảo hôn', { channels: ['zalo', 'loudspeaker'], languages: ['vi', 'thai'], reach: { sessions: 4, participantsFemale: 80, participantsMale: 35 } }),
    })
    expect(created.slug).toBe('noi-khong-voi-tao-hon')
    expect(created._status).toBe('draft')
    const updated = await ctx.payload.update({ collection: 'campaigns', id: created.id, data: { _status: 'published' } })
    expect(updated.publishedAt).toBeTruthy()
    const read = await ctx.payload.findByID({ collection: 'campaigns', id: created.id, depth: 1 })
    expect(read.themes?.[0]).toMatchObject({ name: 'Phòng, chống tảo hôn' })
    expect(read.reach?.participantsFemale).toBe(80)
  })

  it('refuses fractional or negative head counts and an end before the start, in Vietnamese', async () => {
    const before = (await ctx.payload.count({ collection: 'campaigns' })).totalDocs
    const messages = await validationMessages(
      ctx.payload.create({
        collection: 'campaigns',
        data: campaign('Sai số liệu', { reach: { sessions: 2.5, participantsFemale: -1 }, startDate: '2024-05-10T00:00:00.000Z', endDate: '2024-05-01T00:00:00.000Z' }),
      }),
    )
    const text = messages.join(' ')
    expect(text).toContain('phải là số nguyên')
    expect(text).toMatch(/tối thiểu|nhỏ nhất|0/)
    expect(text).toContain('Ngày kết thúc phải bằng hoặc sau ngày bắt đầu')
    expect((await ctx.payload.count({ collection: 'campaigns' })).totalDocs).toBe(before)
  })

  it('requires at least one theme from the managed list', async () => {
    const messages = await validationMessages(ctx.payload.create({ collection: 'campaigns', data: { title: 'Không chủ đề', body: body('x') } as never }))
    expect(messages.join(' ')).toContain('Chủ đề')
  })

  it('lets communications officers and admins publish, and nobody else', async () => {
    const officer = await createUser(ctx.payload, 'communications-officer')
    const published = await ctx.payload.create({ collection: 'campaigns', data: campaign('Do cán bộ truyền thông đăng', { _status: 'published' }), overrideAccess: false, user: officer })
    expect(published._status).toBe('published')
    for (const role of ['judge', 'contest-organiser'] as const) {
      const other = await createUser(ctx.payload, role)
      await expect(ctx.payload.create({ collection: 'campaigns', data: campaign(`Không được phép ${role}`), overrideAccess: false, user: other })).rejects.toThrow()
    }
  })

  it('shows drafts to editors only', async () => {
    const draft = await ctx.payload.create({ collection: 'campaigns', data: campaign('Bản nháp chiến dịch') })
    const anonymous = await ctx.payload.find({ collection: 'campaigns', overrideAccess: false, draft: true })
    expect(anonymous.docs.map((d) => d.id)).not.toContain(draft.id)
    const judge = await createUser(ctx.payload, 'judge')
    const asJudge = await ctx.payload.find({ collection: 'campaigns', overrideAccess: false, user: judge, draft: true })
    expect(asJudge.docs.map((d) => d.id)).not.toContain(draft.id)
    const officer = await createUser(ctx.payload, 'communications-officer')
    const asEditor = await ctx.payload.find({ collection: 'campaigns', overrideAccess: false, user: officer, draft: true })
    expect(asEditor.docs.map((d) => d.id)).toContain(draft.id)
  })

  it('publishes and unpublishes on schedule through the jobs queue', async () => {
    const doc = await ctx.payload.create({ collection: 'campaigns', data: campaign('Chiến dịch hẹn giờ') })
    const soon = new Date(Date.now() + 300)
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'campaigns', value: doc.id as number } },
      waitUntil: soon,
    })
    await ctx.payload.jobs.run()
    expect((await ctx.payload.findByID({ collection: 'campaigns', id: doc.id }))._status).toBe('draft')

    await new Promise((r) => setTimeout(r, 400))
    await ctx.payload.jobs.run()
    const published = await ctx.payload.findByID({ collection: 'campaigns', id: doc.id })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()

    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'campaigns', value: doc.id as number } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await ctx.payload.jobs.run()
    expect((await ctx.payload.findByID({ collection: 'campaigns', id: doc.id }))._status).toBe('draft')
    const anonymous = await ctx.payload.find({ collection: 'campaigns', overrideAccess: false, where: { id: { equals: doc.id } } })
    expect(anonymous.totalDocs).toBe(0)
  })

  it('keeps versions of every save', async () => {
    const doc = await ctx.payload.create({ collection: 'campaigns', data: campaign('Chiến dịch nhiều phiên bản') })
    await ctx.payload.update({ collection: 'campaigns', id: doc.id, data: { summary: 'Lần sửa thứ nhất' }, draft: true })
    await ctx.payload.update({ collection: 'campaigns', id: doc.id, data: { summary: 'Lần sửa thứ hai', _status: 'published' } })
    const versions = await ctx.payload.findVersions({ collection: 'campaigns', where: { parent: { equals: doc.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
  })
})
