import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '../../collections/fields/relations'
import { createReportingFixture, type ReportingFixture } from '../fixtures/reportingFixture'
import { graphQLRequest } from '../helpers/apis'
import { validationMessages } from '../helpers/errors'
import { mp4Video, pdfDocument, pngImage, uploadFile, wavAudio } from '../helpers/files'
import { rest, tokenFor } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

/** Online courses (item 4.3 of the plan) and the private record of who completed them. */
let ctx: TestContext
let f: ReportingFixture
let media: { video: number; videoNoTranscript: number; audio: number; poster: number; pdf: number }

const body = (text: string) => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }] },
})
const question = (right = 1) => ({
  question: 'Bình đẳng giới là gì?',
  options: [{ text: 'Nam giới làm chủ gia đình' }, { text: 'Nam, nữ có vị trí, vai trò ngang nhau', correct: right >= 1 }, { text: 'Phụ nữ lo việc nhà', correct: right >= 2 }],
  explanation: 'Luật Bình đẳng giới 2006, Điều 5.',
})
const lesson = (title: string, extra: Record<string, unknown> = {}) => ({ title, body: body(`Nội dung ${title}`), ...extra })

beforeAll(async () => {
  ctx = await startTestPayload()
  f = await createReportingFixture(ctx.payload)
  const upload = async (data: Record<string, unknown>, file: ReturnType<typeof uploadFile>) => (await ctx.payload.create({ collection: 'media', data: { inLibrary: false, ...data } as never, file })).id as number
  const poster = await upload({ alt: 'Buổi tập huấn' }, uploadFile(await pngImage(320, 180), 'poster.png', 'image/png'))
  media = {
    poster,
    video: await upload({ caption: 'Video bài 1', transcript: 'Xin chào các bạn.', poster }, uploadFile(mp4Video(), 'bai-1.mp4', 'video/mp4')),
    videoNoTranscript: await upload({ caption: 'Video chưa có lời' }, uploadFile(mp4Video(), 'chua-co-loi.mp4', 'video/mp4')),
    audio: await upload({ caption: 'Bản ghi tiếng Mường', transcript: 'Lời thoại tiếng Mường.' }, uploadFile(wavAudio(), 'tieng-muong.wav', 'audio/wav')),
    pdf: await upload({ caption: 'Sổ tay tuyên truyền viên' }, uploadFile(pdfDocument(), 'so-tay.pdf', 'application/pdf')),
  }
}, 120_000)
afterAll(() => ctx?.close())

describe('courses', () => {
  it('publishes a course of ordered lessons with a video (its poster taken from the library), documents and a self-check', async () => {
    const course = await ctx.payload.create({
      collection: 'courses',
      data: {
        title: 'Lồng ghép giới cho tổ truyền thông',
        audience: ['communication-teams'],
        contentArea: 'nd4',
        language: 'vi',
        licence: 'cc-by',
        indicator: f.indicators.trained.id,
        _status: 'published',
        lessons: [lesson('Giới và bình đẳng giới', { recording: media.video, documents: [media.pdf], questions: [question()] }), lesson('Kỹ năng truyền thông', { recording: media.audio }), lesson('Hoàn thành')],
      } as never,
    })
    expect(course.slug).toBe('long-ghep-gioi-cho-to-truyen-thong')
    expect(course.lessons!.map((l) => l.slug)).toEqual(['gioi-va-binh-dang-gioi', 'ky-nang-truyen-thong', 'hoan-thanh-bai-hoc'])
    expect(idOf(course.lessons![0]!.poster)).toBe(media.poster)
    expect(course.publishedAt).toBeTruthy()
    // Media a published course uses are public from then on, though not in the library.
    for (const id of [media.video, media.pdf, media.poster, media.audio]) expect((await ctx.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: false })).id).toBe(id)
    expect((await ctx.payload.find({ collection: 'media', where: { id: { equals: media.videoNoTranscript } }, overrideAccess: false })).totalDocs).toBe(0)
  })

  it('refuses to publish what a learner could not use, saying why in the editor’s language, and keeps the draft', async () => {
    const draft = await ctx.payload.create({ collection: 'courses', data: { title: 'Khoá học chưa xong', lessons: [lesson('Bài 1', { recording: media.videoNoTranscript, questions: [question(0), { question: 'Một phương án', options: [{ text: 'Có', correct: true }] }, question(2)] })] } as never })
    expect(draft._status).toBe('draft')
    const messages = (await validationMessages(ctx.payload.update({ collection: 'courses', id: draft.id, data: { _status: 'published' } as never }))).join(' | ')
    expect(messages).toContain('Bài “Bài 1”: bản ghi “chua-co-loi.mp4” chưa có lời thoại (transcript)')
    expect(messages).toContain('Bài “Bài 1”: video cần ảnh đại diện')
    expect(messages).toContain('Bài “Bài 1”, câu hỏi 1: đánh dấu đúng một phương án là đáp án đúng.')
    expect(messages).toContain('Bài “Bài 1”, câu hỏi 2: cần ít nhất hai phương án.')
    expect(messages).toContain('Bài “Bài 1”, câu hỏi 3: đánh dấu đúng một phương án là đáp án đúng.')
    expect((await ctx.payload.findByID({ collection: 'courses', id: draft.id, draft: false, depth: 0 }))._status).toBe('draft')
    const english = await rest(ctx, 'PATCH', `/courses/${draft.id}`, { token: await tokenFor(ctx, (await createUser(ctx.payload, 'admin')).email), body: { _status: 'published', lessons: [] }, headers: { 'Accept-Language': 'en' } })
    expect(english.status).toBe(400)
    expect(JSON.stringify(await english.json())).toContain('A course needs at least one lesson before it is published.')
  })

  it('shows the public the lessons’ options but never which one is right, through REST and GraphQL', async () => {
    const published = await rest(ctx, 'GET', '/courses?where[_status][equals]=published&depth=0')
    const text = JSON.stringify(await published.json())
    expect(text).toContain('Nam, nữ có vị trí, vai trò ngang nhau')
    expect(text).not.toContain('"correct"')
    expect(text).not.toContain('Luật Bình đẳng giới 2006')
    const graphql = await graphQLRequest(ctx, '{ Courses { docs { title lessons { questions { question options { text correct } explanation } } } } }')
    const data = JSON.stringify(graphql.data)
    expect(data).toContain('Nam, nữ có vị trí')
    expect(data).not.toContain('Luật Bình đẳng giới 2006')
    expect(data).not.toMatch(/"correct":true/)
    // Nor can the public find them by asking which option is right.
    const probe = await rest(ctx, 'GET', '/courses?where[lessons.questions.options.correct][equals]=true&depth=0')
    expect(probe.status).not.toBe(200)
    expect(JSON.stringify(await probe.json())).not.toContain('Lồng ghép giới')
    const drafts = JSON.stringify(await (await rest(ctx, 'GET', '/courses?draft=true&depth=0')).json())
    expect(drafts).not.toContain('Khoá học chưa xong')
    // An editor sees and sets the answers.
    const editor = await tokenFor(ctx, (await createUser(ctx.payload, 'communications-officer')).email)
    expect(JSON.stringify(await (await rest(ctx, 'GET', '/courses?depth=0', { token: editor })).json())).toContain('"correct":true')
  })
})

describe('course completions', () => {
  const complete = (course: number | string, commune: number | string, name: string, phone?: string) =>
    ctx.payload.create({ collection: 'course-completions', data: { course, commune, name, phone, completedAt: new Date().toISOString(), certificateCode: `CN-${Math.random().toString(36).slice(2, 6).toUpperCase()}-${Math.random().toString(36).slice(2, 6).toUpperCase()}` } as never })

  it('keeps learners private: the public, other communes and editors read nothing; the learner’s commune and district do', async () => {
    const course = (await ctx.payload.find({ collection: 'courses', where: { slug: { equals: 'long-ghep-gioi-cho-to-truyen-thong' } }, depth: 0 })).docs[0]!
    await complete(course.id, f.units.communeA.id, 'Hà Thị Học', '0912 345 678')
    await complete(course.id, f.units.communeC.id, 'Lò Văn Cát')
    const names = async (token?: string) => JSON.stringify(await (await rest(ctx, 'GET', '/course-completions?depth=0', { token })).json())
    const anonymous = await rest(ctx, 'GET', '/course-completions')
    expect(anonymous.status).toBe(403)
    expect(JSON.stringify(await anonymous.json())).toContain('Bạn không có quyền')
    expect(await names(await tokenFor(ctx, (await createUser(ctx.payload, 'communications-officer')).email))).not.toContain('Hà Thị Học')
    const communeA = await names(await tokenFor(ctx, (await createUser(ctx.payload, 'commune-officer', f.units.communeA.id)).email))
    expect(communeA).toContain('Hà Thị Học')
    expect(communeA).not.toContain('Lò Văn Cát')
    const district = await names(await tokenFor(ctx, (await createUser(ctx.payload, 'district-officer', f.units.district.id)).email))
    expect(district).toContain('Hà Thị Học')
    expect(district).not.toContain('Lò Văn Cát')
    // Nobody records a completion through the API: only the portal's form does.
    const created = await rest(ctx, 'POST', '/course-completions', { token: await tokenFor(ctx, (await createUser(ctx.payload, 'commune-officer', f.units.communeA.id)).email), body: { course: course.id, commune: f.units.communeA.id, name: 'Giả mạo', completedAt: new Date().toISOString(), certificateCode: 'CN-AAAA-BBBB' } })
    expect(created.status).toBe(403)
  })

  it('counts each learner once per course and commune for the district, as CSV or JSON, within what the officer may read', async () => {
    const course = (await ctx.payload.find({ collection: 'courses', where: { slug: { equals: 'long-ghep-gioi-cho-to-truyen-thong' } }, depth: 0 })).docs[0]!
    await complete(course.id, f.units.communeA.id, 'Hà  thị học', '0912.345.678')
    await complete(course.id, f.units.communeA.id, 'Vi Thị Mai')
    const district = await tokenFor(ctx, (await createUser(ctx.payload, 'district-officer', f.units.district.id)).email)
    const json = (await (await rest(ctx, 'GET', '/course-completions/counts?format=json', { token: district })).json()) as { headings: string[]; rows: unknown[][] }
    expect(json.headings).toEqual(['Khoá học', 'Tính vào chỉ tiêu', 'Xã', 'Số người hoàn thành'])
    expect(json.rows).toEqual([['Lồng ghép giới cho tổ truyền thông', 'T-02', 'Xã An', 2]])
    const csv = await rest(ctx, 'GET', '/course-completions/counts', { token: district })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(await csv.text()).toContain('Lồng ghép giới cho tổ truyền thông,T-02,Xã An,2')
    const admin = await tokenFor(ctx, (await createUser(ctx.payload, 'admin')).email)
    const all = (await (await rest(ctx, 'GET', '/course-completions/counts?format=json', { token: admin })).json()) as { rows: unknown[][] }
    expect(all.rows).toEqual([['Lồng ghép giới cho tổ truyền thông', 'T-02', 'Xã An', 2], ['Lồng ghép giới cho tổ truyền thông', 'T-02', 'Xã Cát', 1]])
    const refused = await rest(ctx, 'GET', '/course-completions/counts')
    expect(refused.status).toBe(401)
    expect(JSON.stringify(await refused.json())).toContain('Chỉ cán bộ Hội LHPN xã, huyện và quản trị viên')
    const editor = await rest(ctx, 'GET', '/course-completions/counts', { token: await tokenFor(ctx, (await createUser(ctx.payload, 'communications-officer')).email) })
    expect(editor.status).toBe(403)
  })

  it('keeps a course that has learners: it may be unpublished, not deleted, and its history stays with the editors', async () => {
    const course = (await ctx.payload.find({ collection: 'courses', where: { slug: { equals: 'long-ghep-gioi-cho-to-truyen-thong' } }, depth: 0 })).docs[0]!
    const editor = await tokenFor(ctx, (await createUser(ctx.payload, 'communications-officer')).email)
    const refused = await rest(ctx, 'DELETE', `/courses/${course.id}`, { token: editor })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toMatch(/Khoá học đã có \d+ lượt người học hoàn thành.*hãy chuyển về bản nháp/)
    expect((await ctx.payload.count({ collection: 'course-completions', where: { course: { equals: course.id } } })).totalDocs).toBeGreaterThan(0)
    const versions = await rest(ctx, 'GET', `/courses/versions?where[parent][equals]=${course.id}`)
    expect(versions.status).toBe(403)
    expect(JSON.stringify(await (await rest(ctx, 'GET', `/courses/versions?where[parent][equals]=${course.id}`, { token: editor })).json())).toContain('"correct":true')
  })
})
