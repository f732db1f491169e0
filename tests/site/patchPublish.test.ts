import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../helpers/serveSite'
import { createUser } from '../helpers/users'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '..', '..')
fs.mkdirSync(path.join(root, '.site-builds'), { recursive: true })
const buildsDir = fs.mkdtempSync(path.join(root, '.site-builds', 'test-patch-'))
const compareDir = fs.mkdtempSync(path.join(root, '.site-builds', 'test-patch-full-'))

let ctx: TestContext
let server: http.Server
let baseUrl: string
let queue: typeof import('../../cms/siteBuilder/rebuildQueue')
let buildSite: typeof import('../../cms/siteBuilder/buildSite').buildSite

const body = (text: string) => ({
  root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }] },
})
const get = async (url: string) => {
  const res = await fetch(baseUrl + url)
  return { code: res.status, text: await res.text() }
}
const live = () => fs.realpathSync(path.join(buildsDir, 'current'))

/** The URLs in the live build's Pagefind index (each fragment is gzipped JSON after a marker). */
const searchIndexUrls = () =>
  fs.readdirSync(path.join(live(), 'client', 'pagefind', 'fragment')).map((name) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(live(), 'client', 'pagefind', 'fragment', name))).toString()
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url
  })

function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(prefix, e.name)
    return e.isDirectory() ? filesUnder(dir, rel) : [rel]
  })
}

/** Every file of the live (patched) build against a full build of the same data, Pagefind's index aside. */
async function expectSameAsFullBuild(): Promise<void> {
  const full = await buildSite({ buildsDir: compareDir })
  if (!full.ok) throw new Error(full.error)
  const pick = (dir: string) => filesUnder(path.join(dir, 'client')).filter((f) => !f.startsWith('pagefind/')).sort()
  const patched = pick(live())
  expect(patched).toEqual(pick(full.dir))
  const differing = patched.filter((f) => !fs.readFileSync(path.join(live(), 'client', f)).equals(fs.readFileSync(path.join(full.dir, 'client', f))))
  expect(differing).toEqual([])
}

async function publishAndSettle(change: () => Promise<unknown>) {
  await change()
  await queue.siteRebuildsSettled()
  return queue.lastSiteBuild()!
}

beforeAll(async () => {
  process.env.SITE_AUTO_REBUILD = '1'
  process.env.SITE_REBUILD_DEBOUNCE_MS = '100'
  process.env.SITE_BUILDS_DIR = path.relative(root, buildsDir)
  ctx = await startTestPayload({ seed: true })
  buildSite = (await import('../../cms/siteBuilder/buildSite')).buildSite
  queue = await import('../../cms/siteBuilder/rebuildQueue')
  const { buildLinks } = await import('../../cms/siteBuilder/paths')
  const { liveBuildHandler } = await import('../../cms/siteServer/liveBuildHandler')
  const theme = (await ctx.payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
  for (let n = 1; n <= 12; n++) {
    await ctx.payload.create({ collection: 'campaigns', data: { title: `Chiến dịch có sẵn số ${n}`, themes: [theme.id as number], body: body(`Nội dung ${n}`) as never, _status: 'published' } })
  }
  await queue.siteRebuildsSettled()
  expect((await buildSite({ buildsDir })).ok).toBe(true)
  const port = await freePort()
  server = http.createServer(liveBuildHandler(buildLinks(buildsDir).current))
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${port}`
}, 300_000)

afterAll(async () => {
  server?.close()
  ;(await import('../../cms/siteBuilder/residentRenderer')).stopResidentRenderer()
  await ctx?.close()
  for (const dir of [buildsDir, compareDir]) fs.rmSync(dir, { recursive: true, force: true })
  delete process.env.SITE_AUTO_REBUILD
})

describe('publishing through the resident renderer', () => {
  it('renders only what a new campaign changes, and the result is the full build of the same data', async () => {
    const theme = (await ctx.payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
    const result = await publishAndSettle(() =>
      ctx.payload.create({ collection: 'campaigns', data: { title: 'Chiến dịch vá nhanh', themes: [theme.id as number], body: body('Nội dung vá nhanh') as never, _status: 'published' } }),
    )
    expect(result).toMatchObject({ ok: true, kind: 'patch' })
    // Its page, the first page of the two lists it is on, and the pages without a key (home,
    // indexes, feeds, search entries, 404): not the other campaigns or the older list pages.
    expect(result.ok && result.pages.rendered).toBeLessThan(20)
    expect(result.ok && result.pages.reused).toBeGreaterThan(12)
    await expect.poll(async () => (await get('/truyen-thong/chien-dich-va-nhanh/')).code, { timeout: 5000, interval: 100 }).toBe(200)
    expect((await get('/truyen-thong/')).text).toContain('Chiến dịch vá nhanh')
    // The search results page runs on request in the portal: it reads the live build's entries.
    expect((await get('/tim-kiem/ket-qua/?q=v%C3%A1+nhanh')).text).toContain('/truyen-thong/chien-dich-va-nhanh/')
    // Pagefind's index follows right after, in the background (settled waits for it).
    expect(searchIndexUrls()).toContain('/truyen-thong/chien-dich-va-nhanh/')
    await expectSameAsFullBuild()
  }, 300_000)

  it('an edit, an unpublish and a change of a theme the campaigns show come out as a full build would make them', async () => {
    const campaign = (await ctx.payload.find({ collection: 'campaigns', where: { title: { equals: 'Chiến dịch có sẵn số 3' } } })).docs[0]!
    const edited = await publishAndSettle(() => ctx.payload.update({ collection: 'campaigns', id: campaign.id, data: { title: 'Chiến dịch có sẵn số 3 (đã sửa)' } }))
    expect(edited).toMatchObject({ ok: true, kind: 'patch' })
    await expect.poll(async () => (await get(`/truyen-thong/${campaign.slug}/`)).text, { timeout: 5000, interval: 100 }).toContain('(đã sửa)')

    const gone = (await ctx.payload.find({ collection: 'campaigns', where: { title: { equals: 'Chiến dịch có sẵn số 5' } } })).docs[0]!
    const unpublished = await publishAndSettle(() => ctx.payload.update({ collection: 'campaigns', id: gone.id, data: { _status: 'draft' } }))
    expect(unpublished).toMatchObject({ ok: true, kind: 'patch' })
    await expect.poll(async () => (await get(`/truyen-thong/${gone.slug}/`)).code, { timeout: 5000, interval: 100 }).toBe(404)
    // Gone from the search in the same swap as from the site, not after it.
    expect(searchIndexUrls()).not.toContain(`/truyen-thong/${gone.slug}/`)
    expect(fs.existsSync(path.join(fs.realpathSync(path.join(buildsDir, 'previous')), 'client', 'truyen-thong', gone.slug!, 'index.html'))).toBe(true)

    const theme = (await ctx.payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
    const renamed = await publishAndSettle(() => ctx.payload.update({ collection: 'campaign-themes', id: theme.id, data: { name: 'Chủ đề đã đổi tên' } }))
    expect(renamed).toMatchObject({ ok: true, kind: 'patch' })
    await expect.poll(async () => (await get(`/truyen-thong/${campaign.slug}/`)).text, { timeout: 5000, interval: 100 }).toContain('Chủ đề đã đổi tên')
    await expectSameAsFullBuild()
  }, 300_000)

  it('the portal loads the server bundle once for all patches of a build', () => {
    expect(fs.readdirSync(buildsDir).filter((name) => name.startsWith('portal-'))).toHaveLength(1)
  })

  it('a live build made from other source is rebuilt in full, not patched', async () => {
    // As if another version of the code had built the live site: a copy of it, recorded with other source, swapped in.
    const { makeLive, newBuildDir } = await import('../../cms/siteBuilder/buildSite')
    const { linkCopy } = await import('../../cms/siteBuilder/linkCopy')
    const other = newBuildDir(buildsDir)
    await linkCopy(live(), other)
    const keysFile = path.join(other, 'page-keys.json')
    const record = JSON.parse(fs.readFileSync(keysFile, 'utf8')) as { source: string }
    fs.rmSync(keysFile)
    fs.writeFileSync(keysFile, JSON.stringify({ ...record, source: 'mã nguồn khác' }))
    await makeLive(buildsDir, other)
    const theme = (await ctx.payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
    const result = await publishAndSettle(() =>
      ctx.payload.create({ collection: 'campaigns', data: { title: 'Chiến dịch sau khi đổi mã', themes: [theme.id as number], body: body('x') as never, _status: 'published' } }),
    )
    expect(result).toMatchObject({ ok: true, kind: 'full' })
    await expect.poll(async () => (await get('/truyen-thong/chien-dich-sau-khi-doi-ma/')).code, { timeout: 5000, interval: 100 }).toBe(200)
    // The next publish patches again, with a renderer started afresh.
    const added = (await ctx.payload.find({ collection: 'campaigns', where: { slug: { equals: 'chien-dich-sau-khi-doi-ma' } } })).docs[0]!
    const next = await publishAndSettle(() => ctx.payload.update({ collection: 'campaigns', id: added.id, data: { title: 'Chiến dịch sau khi đổi mã (sửa)' } }))
    expect(next).toMatchObject({ ok: true, kind: 'patch' })
  }, 300_000)

  it('starts when an editor logs in, ready for the first publish; not for a judge', async () => {
    const renderer = await import('../../cms/siteBuilder/residentRenderer')
    renderer.stopResidentRenderer()
    const judge = await createUser(ctx.payload, 'judge')
    await ctx.payload.login({ collection: 'users', data: { email: judge.email, password: 'mat-khau-thu-nghiem' } })
    expect(renderer.residentRendererPid()).toBeNull()
    const editor = await createUser(ctx.payload, 'communications-officer')
    await ctx.payload.login({ collection: 'users', data: { email: editor.email, password: 'mat-khau-thu-nghiem' } })
    const pid = renderer.residentRendererPid()
    expect(pid).toBeGreaterThan(0)
    const theme = (await ctx.payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
    const result = await publishAndSettle(() =>
      ctx.payload.create({ collection: 'campaigns', data: { title: 'Chiến dịch sau khi đăng nhập', themes: [theme.id as number], body: body('x') as never, _status: 'published' } }),
    )
    expect(result).toMatchObject({ ok: true, kind: 'patch' })
    expect(renderer.residentRendererPid()).toBe(pid)
  }, 300_000)
})
