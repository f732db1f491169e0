import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../helpers/serveSite'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '..', '..')
fs.mkdirSync(path.join(root, '.site-builds'), { recursive: true })
const buildsDir = fs.mkdtempSync(path.join(root, '.site-builds', 'test-live-'))

let ctx: TestContext
let server: http.Server
let baseUrl: string
let settled: () => Promise<void>

const body = (text: string) => ({
  root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }] },
})

async function status(url: string) {
  const res = await fetch(baseUrl + url)
  return { code: res.status, text: await res.text() }
}

beforeAll(async () => {
  // Set before the config (and with it the site builder) is imported.
  process.env.SITE_AUTO_REBUILD = '1'
  process.env.SITE_REBUILD_DEBOUNCE_MS = '200'
  process.env.SITE_BUILDS_DIR = path.relative(root, buildsDir)
  ctx = await startTestPayload({ seed: true })
  const { buildSite } = await import('../../cms/siteBuilder/buildSite')
  const { buildLinks } = await import('../../cms/siteBuilder/paths')
  const { liveBuildHandler } = await import('../../cms/siteServer/liveBuildHandler')
  settled = (await import('../../cms/siteBuilder/rebuildQueue')).siteRebuildsSettled
  expect((await buildSite()).ok).toBe(true)
  const port = await freePort()
  server = http.createServer(liveBuildHandler(buildLinks(buildsDir).current))
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${port}`
}, 240_000)

afterAll(async () => {
  server?.close()
  ;(await import('../../cms/siteBuilder/residentRenderer')).stopResidentRenderer()
  await ctx?.close()
  fs.rmSync(buildsDir, { recursive: true, force: true })
  delete process.env.SITE_AUTO_REBUILD
})

describe('publish → live', () => {
  it('publishing a campaign puts it on the live site; unpublishing takes it off', async () => {
    const theme = (await ctx.payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
    const slug = 'chien-dich-len-song-ngay'
    expect((await status(`/truyen-thong/${slug}/`)).code).toBe(404)

    const campaign = await ctx.payload.create({
      collection: 'campaigns',
      data: { title: 'Chiến dịch lên sóng ngay', themes: [theme.id as number], body: body('Nội dung') as never, _status: 'published' },
    })
    await settled()
    // The portal notices the swap (a file-system event) and loads the new build: within a second or two.
    await expect.poll(async () => (await status(`/truyen-thong/${slug}/`)).code, { timeout: 5000, interval: 100 }).toBe(200)
    expect((await status(`/truyen-thong/${slug}/`)).text).toContain('Chiến dịch lên sóng ngay')
    const buildStatus = await ctx.payload.findGlobal({ slug: 'site-build-status' })
    expect(buildStatus.status).toBe('succeeded')
    expect(buildStatus.trigger).toContain(`campaigns ${campaign.id}`)

    await ctx.payload.update({ collection: 'campaigns', id: campaign.id, data: { _status: 'draft' } })
    await settled()
    await expect.poll(async () => (await status(`/truyen-thong/${slug}/`)).code, { timeout: 5000, interval: 100 }).toBe(404)
  })

  it('a draft save by itself does not rebuild the site', async () => {
    const before = await ctx.payload.findGlobal({ slug: 'site-build-status' })
    const theme = (await ctx.payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
    await ctx.payload.create({ collection: 'campaigns', draft: true, data: { title: 'Chỉ là bản nháp', themes: [theme.id as number], body: body('x') as never } })
    await new Promise((r) => setTimeout(r, 400))
    await settled()
    expect((await ctx.payload.findGlobal({ slug: 'site-build-status' })).startedAt).toBe(before.startedAt)
  })

  it('a publish whose transaction is rolled back rebuilds nothing; once committed it does', async () => {
    const { createLocalReq, initTransaction, killTransaction, commitTransaction } = await import('payload')
    const theme = (await ctx.payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
    const data = { title: 'Chiến dịch trong giao dịch', themes: [theme.id as number], body: body('x') as never, _status: 'published' as const }
    const before = await ctx.payload.findGlobal({ slug: 'site-build-status' })

    const undone = await createLocalReq({}, ctx.payload)
    await initTransaction(undone)
    await ctx.payload.create({ collection: 'campaigns', data, req: undone })
    await killTransaction(undone)
    await new Promise((r) => setTimeout(r, 600))
    await settled()
    expect((await ctx.payload.findGlobal({ slug: 'site-build-status' })).startedAt).toBe(before.startedAt)

    const kept = await createLocalReq({}, ctx.payload)
    await initTransaction(kept)
    const campaign = await ctx.payload.create({ collection: 'campaigns', data, req: kept })
    // Inside the transaction nothing is asked for yet: a build now would not see the campaign.
    await new Promise((r) => setTimeout(r, 600))
    expect((await ctx.payload.findGlobal({ slug: 'site-build-status' })).startedAt).toBe(before.startedAt)
    await commitTransaction(kept)
    await settled()
    const after = await ctx.payload.findGlobal({ slug: 'site-build-status' })
    expect(after.trigger).toContain(`campaigns ${campaign.id}`)
    await expect.poll(async () => (await status('/truyen-thong/chien-dich-trong-giao-dich/')).code, { timeout: 5000, interval: 100 }).toBe(200)
  })

  it('a failing build leaves the previous site serving and tells editors why', async () => {
    const planPath = '/ke-hoach/ke-hoach-thuc-hien-du-an-8-huyen-nhu-thanh/'
    expect((await status(planPath)).code).toBe(200)
    const goodUri = process.env.DATABASE_URI
    process.env.DATABASE_URI = 'ftp://khong-phai-co-so-du-lieu'
    // A full build reads the database named now; the resident renderer keeps the one it started
    // with, so it is stopped and kept off for this publish.
    const { stopResidentRenderer } = await import('../../cms/siteBuilder/residentRenderer')
    stopResidentRenderer()
    process.env.SITE_RESIDENT_RENDERER = '0'
    try {
      const plan = (await ctx.payload.find({ collection: 'plans', limit: 1 })).docs[0]!
      await ctx.payload.update({ collection: 'plans', id: plan.id, data: { summary: 'Sửa để dựng lại' } })
      await settled()
    } finally {
      process.env.DATABASE_URI = goodUri
      delete process.env.SITE_RESIDENT_RENDERER
    }
    const failed = await ctx.payload.findGlobal({ slug: 'site-build-status' })
    expect(failed.status).toBe('failed')
    expect(failed.error).toContain('DATABASE_URI')
    const still = await status(planPath)
    expect(still.code).toBe(200)
    expect(still.text).not.toContain('Sửa để dựng lại')
  })
})
