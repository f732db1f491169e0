import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { validationMessages } from '../helpers/errors'
import { rest } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let ctx: TestContext
let users: Record<'organiser' | 'judge' | 'localJudge' | 'otherJudge' | 'commune', User>
let contestId: number
let otherContestId: number
let communeA: number
let communeB: number

const body = { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Thể lệ', version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }] } }
const as = (user: User) => ({ user, overrideAccess: false as const })
const contact = { name: 'Lò Thị Mai', phone: '0912 345 678', email: 'mai@example.test' }

beforeAll(async () => {
  ctx = await startTestPayload()
  const { payload } = ctx
  const province = await payload.create({ collection: 'org-units', data: { name: 'Tỉnh T', level: 'province' } as never })
  communeA = (await payload.create({ collection: 'org-units', data: { name: 'Xã Một', level: 'commune', parent: province.id } as never })).id as number
  communeB = (await payload.create({ collection: 'org-units', data: { name: 'Xã Hai', level: 'commune', parent: province.id } as never })).id as number
  users = {
    organiser: await createUser(payload, 'contest-organiser'),
    judge: await createUser(payload, 'judge', communeB),
    localJudge: await createUser(payload, 'judge', communeA),
    otherJudge: await createUser(payload, 'judge'),
    commune: await createUser(payload, 'commune-officer', communeA),
  }
  const contest = (judges: User[]) =>
    payload.create({
      collection: 'contests',
      data: {
        title: `Hội thi mô hình sáng tạo ${judges.length}`, rules: body as never, _status: 'published', phase: 'judging',
        opensAt: '2026-03-01T01:00:00.000Z', closesAt: '2026-05-31T16:59:59.000Z',
        criteria: [{ name: 'Tính sáng tạo', weight: 2, maxScore: 10 }, { name: 'Hiệu quả', weight: 3, maxScore: 10 }],
        prizes: [{ name: 'Giải Nhất', count: 1 }, { name: 'Giải Nhì', count: 2 }],
        judges: judges.map((j) => j.id as number),
      },
    })
  contestId = (await contest([users.judge, users.localJudge])).id as number
  otherContestId = (await contest([users.otherJudge])).id as number
})
afterAll(() => ctx?.close())

const entry = (title: string, extra: Record<string, unknown> = {}) =>
  ctx.payload.create({
    collection: 'contest-entries',
    data: { contest: contestId, title, modelType: 'communication-team', commune: communeA, team: 'Tổ truyền thông thôn Đồng Lườn', description: 'Mô tả', submitter: contact, receiptCode: `MA-${title.length}-${Date.now()}`, ...extra } as never,
  })

describe('contests and their entries', () => {
  it('refuses a contest that closes before it opens', async () => {
    const messages = await validationMessages(
      ctx.payload.create({ collection: 'contests', data: { title: 'Sai', rules: body, phase: 'upcoming', opensAt: '2026-05-01T00:00:00.000Z', closesAt: '2026-04-01T00:00:00.000Z', criteria: [{ name: 'A', weight: 1, maxScore: 10 }] } as never }),
    )
    expect(messages).toContain('Hạn nộp bài phải sau thời điểm mở nhận bài.')
  })

  it('asks for a reason to screen out and a real prize to award', async () => {
    const e = await entry('Mô hình cần sơ khảo')
    expect(await validationMessages(ctx.payload.update({ collection: 'contest-entries', id: e.id, data: { status: 'screened-out' } }))).toContain('Khi loại bài ở vòng sơ khảo, hãy ghi lý do.')
    expect(await validationMessages(ctx.payload.update({ collection: 'contest-entries', id: e.id, data: { status: 'awarded', prize: 'Giải Vàng' } }))).toContain(
      'Bài đạt giải phải ghi giải nào, đúng tên một giải của hội thi (Giải Nhất, Giải Nhì).',
    )
  })

  it('shows the submitter’s contact to organisers only — not to judges, not to the public, not over REST', async () => {
    const e = await entry('Tổ truyền thông tiên phong', { status: 'awarded', prize: 'Giải Nhất', consent: { text: true, images: false, names: false } })
    await ctx.payload.update({ collection: 'contests', id: contestId, data: { phase: 'results' } })
    const organiserView = await ctx.payload.findByID({ collection: 'contest-entries', id: e.id, ...as(users.organiser) })
    expect(organiserView.submitter).toMatchObject(contact)
    const judgeView = await ctx.payload.findByID({ collection: 'contest-entries', id: e.id, ...as(users.judge) })
    expect(judgeView.submitter).toBeUndefined()
    expect(judgeView.receiptCode).toBeUndefined()
    const publicView = await ctx.payload.findByID({ collection: 'contest-entries', id: e.id, overrideAccess: false })
    expect(publicView.title).toBe('Tổ truyền thông tiên phong')
    expect(publicView.submitter).toBeUndefined()
    expect(publicView.team).toBeUndefined() // no consent to names
    const res = await rest(ctx, 'GET', '/contest-entries?depth=1')
    const text = await res.text()
    expect(res.status).toBe(200)
    expect(text).toContain('Tổ truyền thông tiên phong')
    for (const secret of [contact.name, contact.phone, contact.email, 'MA-', 'Đồng Lườn']) expect(text).not.toContain(secret)
    await ctx.payload.update({ collection: 'contests', id: contestId, data: { phase: 'judging' } })
  })

  it('lets a judge see only screened entries of contests they judge, never from their own commune, and blind', async () => {
    await entry('Chưa sơ khảo')
    await entry('Qua sơ khảo xã Một', { status: 'screened-in' })
    await entry('Qua sơ khảo xã Hai', { status: 'screened-in', commune: communeB })
    await ctx.payload.create({ collection: 'contest-entries', data: { contest: otherContestId, title: 'Hội thi khác', modelType: 'other', description: 'x', status: 'screened-in' } as never })
    const titles = async (user: User) => (await ctx.payload.find({ collection: 'contest-entries', ...as(user), sort: 'title', limit: 50 })).docs.map((d) => d.title)
    expect(await titles(users.judge)).toEqual(['Qua sơ khảo xã Một', 'Tổ truyền thông tiên phong'])
    expect(await titles(users.localJudge)).toEqual(['Qua sơ khảo xã Hai']) // conflict: not the entry from the judge's own commune
    expect(await titles(users.otherJudge)).toEqual(['Hội thi khác'])
    const [seen] = (await ctx.payload.find({ collection: 'contest-entries', ...as(users.judge) })).docs
    expect(seen!.team).toBeUndefined() // blind judging
    expect(seen!.files).toBeDefined()
  })

  it('shows the public nothing until results are published, then only awarded entries with consent', async () => {
    expect((await ctx.payload.find({ collection: 'contest-entries', overrideAccess: false })).totalDocs).toBe(0)
    await entry('Đạt giải nhưng không đồng ý công bố', { status: 'awarded', prize: 'Giải Nhì', consent: { text: false, images: false, names: false } })
    await ctx.payload.update({ collection: 'contests', id: contestId, data: { phase: 'results' } })
    const shown = await ctx.payload.find({ collection: 'contest-entries', overrideAccess: false })
    expect(shown.docs.map((d) => d.title)).toEqual(['Tổ truyền thông tiên phong'])
    expect((await ctx.payload.find({ collection: 'contest-entries', ...as(users.commune) })).docs.map((d) => d.title)).toEqual(['Tổ truyền thông tiên phong'])
  })
})

describe('score sheets and ranking', () => {
  let contest: number
  let x: number
  let y: number
  let j1: User
  let j2: User
  const sheet = (user: User, entry: number, scores: [string, number][]) =>
    ctx.payload.create({ collection: 'contest-scores', ...as(user), data: { entry, scores: scores.map(([criterion, score]) => ({ criterion, score })) } as never })

  beforeAll(async () => {
    j1 = await createUser(ctx.payload, 'judge')
    j2 = await createUser(ctx.payload, 'judge')
    contest = (
      await ctx.payload.create({
        collection: 'contests',
        data: {
          title: 'Hội thi chấm điểm', rules: body, _status: 'published', phase: 'judging', opensAt: '2026-03-01T01:00:00.000Z', closesAt: '2026-05-31T16:59:59.000Z',
          criteria: [{ name: 'Sáng tạo', weight: 2, maxScore: 10 }, { name: 'Hiệu quả', weight: 3, maxScore: 10 }], prizes: [{ name: 'Giải Nhất' }], judges: [j1.id, j2.id],
        } as never,
      })
    ).id as number
    const make = async (title: string) => (await ctx.payload.create({ collection: 'contest-entries', data: { contest, title, modelType: 'other', description: 'x', status: 'screened-in' } as never })).id as number
    x = await make('Mô hình X')
    y = await make('Mô hình Y')
  })

  it('lets a judge score an assigned entry within each maximum, once', async () => {
    const mine = await sheet(j1, x, [['Sáng tạo', 8], ['Hiệu quả', 6]])
    expect(mine.complete).toBe(true)
    expect(mine.judge).toMatchObject({ id: j1.id })
    expect(await validationMessages(sheet(j1, x, [['Sáng tạo', 1]]))).toContain('Bạn đã có phiếu chấm cho bài này. Hãy mở phiếu đó để sửa.')
    expect(await validationMessages(sheet(j2, x, [['Sáng tạo', 11]]))).toContain('Điểm tiêu chí “Sáng tạo” phải từ 0 đến 10.')
    expect(await validationMessages(sheet(j2, x, [['Đẹp', 5]]))).toContain('Tiêu chí “Đẹp” không có trong thể lệ hội thi.')
    await expect(sheet(users.judge, x, [['Sáng tạo', 5]])).rejects.toThrow('Bạn không được phân công chấm bài này.')
  })

  it('keeps each judge to their own sheets, before and after results', async () => {
    await sheet(j2, x, [['Sáng tạo', 10], ['Hiệu quả', 9]])
    await sheet(j1, y, [['Sáng tạo', 7], ['Hiệu quả', 7]])
    const j2Incomplete = await sheet(j2, y, [['Sáng tạo', 9]])
    expect(j2Incomplete.complete).toBe(false)
    const own = async (user: User) => (await ctx.payload.find({ collection: 'contest-scores', ...as(user), where: { contest: { equals: contest } } })).docs.map((d) => (d.judge as User).id)
    expect(await own(j1)).toEqual([j1.id, j1.id])
    const [othersSheet] = (await ctx.payload.find({ collection: 'contest-scores', where: { judge: { equals: j2.id } }, limit: 1 })).docs
    await expect(ctx.payload.findByID({ collection: 'contest-scores', id: othersSheet!.id, ...as(j1) })).rejects.toThrow()
    await expect(ctx.payload.update({ collection: 'contest-scores', id: othersSheet!.id, ...as(j1), data: { comment: 'sửa hộ' } })).rejects.toThrow()
    await ctx.payload.update({ collection: 'contests', id: contest, data: { phase: 'results' } })
    expect(await own(j1)).toEqual([j1.id, j1.id])
    await expect(ctx.payload.findByID({ collection: 'contest-scores', id: othersSheet!.id, ...as(j1) })).rejects.toThrow()
    const [mine] = (await ctx.payload.find({ collection: 'contest-scores', ...as(j1), limit: 1 })).docs
    await expect(ctx.payload.update({ collection: 'contest-scores', id: mine!.id, ...as(j1), data: { comment: 'muộn' } })).rejects.toThrow(
      'Hội thi không ở giai đoạn chấm thi; không thể sửa phiếu chấm.',
    )
  })

  it('ranks entries by the weighted average of complete sheets, with the spread between judges', async () => {
    const { contestRanking } = await import('../../cms/contests/ranking')
    // X: (2·8 + 3·6)/5 = 6.8 and (2·10 + 3·9)/5 = 9.4 → 8.1, spread 2.6. Y: 7.0 only (the other sheet is incomplete).
    expect(await contestRanking(ctx.payload, contest)).toEqual([
      { entry: x, title: 'Mô hình X', sheets: 2, average: 8.1, spread: 2.6 },
      { entry: y, title: 'Mô hình Y', sheets: 1, average: 7, spread: 0 },
    ])
  })

  it('serves the ranking to organisers only', async () => {
    const { tokenFor } = await import('../helpers/rest')
    const organiser = await rest(ctx, 'GET', `/contests/${contest}/ranking`, { token: await tokenFor(ctx, users.organiser.email) })
    expect(((await organiser.json()) as { ranking: { title: string }[] }).ranking.map((r) => r.title)).toEqual(['Mô hình X', 'Mô hình Y'])
    expect((await rest(ctx, 'GET', `/contests/${contest}/ranking`, { token: await tokenFor(ctx, j1.email) })).status).toBe(403)
    expect((await rest(ctx, 'GET', `/contests/${contest}/ranking`)).status).toBe(403)
  })
})
