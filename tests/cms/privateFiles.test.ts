import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ContestEntry, PrivateFile } from '../../cms/payload-types'
import { buildAccessWorld, type AccessWorld, type Identity } from '../fixtures/accessWorld'
import { pngImage } from '../helpers/files'
import { rest } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

/**
 * Files sent with contest entries and reports: reachable by list, by id and by file address
 * only for those the policy names, served as downloads; the public sees an awarded model's
 * images only as consented copies in the media library.
 */
let ctx: TestContext
let world: AccessWorld

beforeAll(async () => {
  ctx = await startTestPayload()
  world = await buildAccessWorld(ctx)
}, 240_000)
afterAll(() => ctx?.close())

const fileOf = async (where: Record<string, unknown>) => (await ctx.payload.find({ collection: 'private-files', where: where as never, depth: 0, limit: 1 })).docs[0] as PrivateFile
const fetchFile = (name: string, who: Identity) => rest(ctx, 'GET', `/private-files/file/${name}`, { token: who.token })

describe('private files', () => {
  it('are stored under a random name, apart from the public media folder', async () => {
    const file = await fileOf({ entry: { exists: true } })
    expect(file.filename).toMatch(/^[0-9a-f]{32}\.png$/)
    expect(file.originalName).toBe('minh-chung.png')
  })

  it("an entry's file: its organisers and the judges it is assigned to download it, as an attachment; nobody else, by any address", async () => {
    const entryA = world.docs['contest-entries'].find((d) => d.facts.commune === world.units.a)!
    const file = await fileOf({ entry: { equals: entryA.id } })
    const { anonymous, organiser, judgeFree, judgeA, communeA, district1, communications } = world.byName
    for (const who of [organiser, judgeFree]) {
      const response = await fetchFile(file.filename!, who)
      expect(response.status, who.name).toBe(200)
      expect(response.headers.get('content-disposition')).toBe('attachment')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
    // judgeA is from commune A: in conflict with this entry.
    for (const who of [anonymous, judgeA, communeA, district1, communications]) {
      expect((await fetchFile(file.filename!, who)).status, who.name).toBe(403)
      expect([403, 404], who.name).toContain((await rest(ctx, 'GET', `/private-files/${file.id}`, { token: who.token })).status)
      const listed = (await (await rest(ctx, 'GET', '/private-files?limit=100', { token: who.token })).json()) as { docs?: { id: unknown }[] }
      expect((listed.docs ?? []).map((d) => String(d.id)), who.name).not.toContain(String(file.id))
    }
  })

  it("a report's evidence: its commune and district download it; another commune, judges and the public cannot", async () => {
    const reportA = (await ctx.payload.find({ collection: 'indicator-reports', where: { orgUnit: { equals: world.units.a } }, depth: 0 })).docs[0]
    const file = await fileOf({ report: { equals: reportA.id } })
    expect(String(file.orgUnit)).toBe(world.units.a)
    const { anonymous, communeA, communeC, district1, district2, judgeFree, organiser } = world.byName
    for (const who of [communeA, district1]) expect((await fetchFile(file.filename!, who)).status, who.name).toBe(200)
    for (const who of [anonymous, communeC, district2, judgeFree, organiser]) expect((await fetchFile(file.filename!, who)).status, who.name).toBe(403)
  })

  it('anonymous media listings hold only the library and what published content uses', async () => {
    const response = await rest(ctx, 'GET', '/media?limit=100&where[inLibrary][equals]=false')
    const alts = ((await response.json()) as { docs: { alt: string }[] }).docs.map((d) => d.alt)
    expect(alts).toEqual(['Ảnh của chiến dịch đã đăng'])
    // Unpublishing the campaign takes its image out of public reach again.
    const campaign = (await ctx.payload.find({ collection: 'campaigns', where: { title: { equals: 'Chiến dịch đã đăng' } }, depth: 0 })).docs[0]
    await ctx.payload.update({ collection: 'campaigns', id: campaign.id, data: { _status: 'draft' } })
    const after = await rest(ctx, 'GET', '/media?limit=100&where[inLibrary][equals]=false')
    expect(((await after.json()) as { docs: unknown[] }).docs).toEqual([])
    await ctx.payload.update({ collection: 'campaigns', id: campaign.id, data: { _status: 'published' } })
  })
})

describe("an awarded model's images on the portal", () => {
  it('exist as public copies only while the entry is awarded, results are out and images are consented to', async () => {
    const showcase = world.docs['contest-entries'].find((d) => d.facts.showcase)!
    const read = async () => (await ctx.payload.findByID({ collection: 'contest-entries', id: showcase.id, depth: 0 })) as ContestEntry
    expect((await read()).showcaseImages ?? []).toEqual([])

    await ctx.payload.update({ collection: 'contest-entries', id: showcase.id, data: { consent: { text: true, images: true, names: false } } })
    const copies = ((await read()).showcaseImages ?? []) as number[]
    expect(copies).toHaveLength(1)
    const copy = await ctx.payload.findByID({ collection: 'media', id: copies[0], depth: 0 })
    expect(copy.inLibrary).toBe(false)
    const publicRead = await rest(ctx, 'GET', `/media/${copy.id}`)
    expect(publicRead.status).toBe(200)
    expect((await rest(ctx, 'GET', `/media/file/${copy.filename}`)).status).toBe(200)
    // The private original stays private.
    const original = await fileOf({ entry: { equals: showcase.id } })
    expect((await fetchFile(original.filename!, world.byName.anonymous)).status).toBe(403)

    await ctx.payload.update({ collection: 'contest-entries', id: showcase.id, data: { consent: { text: true, images: false, names: false } } })
    expect((await read()).showcaseImages ?? []).toEqual([])
    expect((await ctx.payload.count({ collection: 'media', where: { id: { equals: copy.id } } })).totalDocs).toBe(0)
    expect((await rest(ctx, 'GET', `/media/file/${copy.filename}`)).status).toBeGreaterThanOrEqual(400)
  })

  it('follow the files: a file taken off the entry, or the entry deleted, takes its copy off the portal', async () => {
    const showcase = world.docs['contest-entries'].find((d) => d.facts.showcase)!
    await ctx.payload.update({ collection: 'contest-entries', id: showcase.id, data: { consent: { text: true, images: true, names: false } } })
    const [copy] = ((await ctx.payload.findByID({ collection: 'contest-entries', id: showcase.id, depth: 0 })).showcaseImages ?? []) as number[]
    expect(copy).toBeDefined()
    expect((await ctx.payload.findByID({ collection: 'media', id: copy, depth: 0 })).filename).toMatch(/^[a-z0-9-]+\.png$/)
    await ctx.payload.update({ collection: 'contest-entries', id: showcase.id, data: { files: [] } })
    expect((await ctx.payload.count({ collection: 'media', where: { id: { equals: copy } } })).totalDocs).toBe(0)
    expect((await ctx.payload.findByID({ collection: 'contest-entries', id: showcase.id, depth: 0 })).showcaseImages ?? []).toEqual([])

    const again = await ctx.payload.create({ collection: 'private-files', data: { description: 'Ảnh mới' }, file: { data: await pngImage(20, 20), mimetype: 'image/png', name: 'moi.png', size: 0 } })
    await ctx.payload.update({ collection: 'contest-entries', id: showcase.id, data: { files: [again.id] } })
    const [second] = ((await ctx.payload.findByID({ collection: 'contest-entries', id: showcase.id, depth: 0 })).showcaseImages ?? []) as number[]
    expect(second).toBeDefined()
    await ctx.payload.delete({ collection: 'contest-entries', id: showcase.id })
    expect((await ctx.payload.count({ collection: 'media', where: { showcaseOf: { exists: true } } })).totalDocs).toBe(0)
    expect((await ctx.payload.count({ collection: 'media', where: { id: { equals: second } } })).totalDocs).toBe(0)
  })
})
