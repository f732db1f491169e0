import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestContext } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '..', '..')
fs.mkdirSync(path.join(root, '.site-builds'), { recursive: true })
const buildsDir = fs.mkdtempSync(path.join(root, '.site-builds', 'test-incremental-'))

let ctx: TestContext
let buildSite: typeof import('../../cms/siteBuilder/buildSite').buildSite

const body = (text: string) => ({
  root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }] },
})
const page = (dir: string, route: string) => fs.readFileSync(path.join(dir, 'client', route, 'index.html'), 'utf8')

async function build() {
  const result = await buildSite({ buildsDir })
  if (!result.ok) throw new Error(result.error)
  return result
}

beforeAll(async () => {
  ctx = await startTestPayload({ seed: true })
  buildSite = (await import('../../cms/siteBuilder/buildSite')).buildSite
  const theme = (await ctx.payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
  for (const n of [1, 2, 3]) {
    await ctx.payload.create({
      collection: 'campaigns',
      data: { title: `Chiến dịch dựng dần số ${n}`, themes: [theme.id as number], body: body(`Nội dung ${n}`) as never, _status: 'published' },
    })
  }
}, 240_000)

afterAll(async () => {
  await ctx?.close()
  fs.rmSync(buildsDir, { recursive: true, force: true })
})

describe('incremental publishing', () => {
  it('re-renders only the pages a change shows, copies the rest, and a settings change re-renders all', async () => {
    const first = await build()
    expect(first.pages.reused).toBe(0)
    const firstTotal = first.pages.rendered

    const unchanged = await build()
    // Reused: the 3 campaigns, the plan, the campaign list and its theme page, the library. Pages
    // without getStaticPaths (home, indexes, 404, feeds) are always rendered.
    expect(unchanged.pages.reused).toBeGreaterThanOrEqual(7)
    expect(unchanged.pages.rendered + unchanged.pages.reused).toBe(firstTotal)
    const alwaysRendered = unchanged.pages.rendered

    const campaign = (await ctx.payload.find({ collection: 'campaigns', where: { title: { equals: 'Chiến dịch dựng dần số 2' } } })).docs[0]!
    await ctx.payload.update({ collection: 'campaigns', id: campaign.id, data: { title: 'Chiến dịch dựng dần số 2 (đã sửa)' } })
    const before = unchanged.dir
    const edited = await build()
    // Its page, the campaign lists it is on (all, its theme) and nothing else.
    expect(edited.pages.rendered - alwaysRendered).toBeGreaterThanOrEqual(3)
    expect(edited.pages.rendered - alwaysRendered).toBeLessThanOrEqual(4)
    const slugs = fs.readdirSync(path.join(edited.dir, 'client', 'truyen-thong'))
    const editedSlug = slugs.find((s) => s.startsWith('chien-dich-dung-dan-so-2'))!
    const otherSlug = slugs.find((s) => s.startsWith('chien-dich-dung-dan-so-1'))!
    expect(page(edited.dir, `truyen-thong/${editedSlug}`)).toContain('<h1>Chiến dịch dựng dần số 2 (đã sửa)</h1>')
    expect(page(edited.dir, 'truyen-thong')).toContain('Chiến dịch dựng dần số 2 (đã sửa)')
    expect(page(edited.dir, `truyen-thong/${otherSlug}`)).toBe(page(before, `truyen-thong/${otherSlug}`))

    await ctx.payload.updateGlobal({ slug: 'site-settings', data: { portalName: 'Trang tin điện tử xã Thử Nghiệm' } })
    const renamed = await build()
    expect(renamed.pages.reused).toBe(0)
    expect(page(renamed.dir, `truyen-thong/${otherSlug}`)).toContain('Trang tin điện tử xã Thử Nghiệm')
  }, 600_000)

  it('after a failed build starts again from a full build, and the live site is the last good one', async () => {
    const live = fs.realpathSync(path.join(buildsDir, 'current'))
    const goodUri = process.env.DATABASE_URI
    process.env.DATABASE_URI = 'ftp://khong-phai-co-so-du-lieu'
    try {
      expect((await buildSite({ buildsDir })).ok).toBe(false)
    } finally {
      process.env.DATABASE_URI = goodUri
    }
    expect(fs.realpathSync(path.join(buildsDir, 'current'))).toBe(live)
    expect(fs.existsSync(path.join(buildsDir, 'cache', 'incremental-build.json'))).toBe(false)
    const next = await build()
    expect(next.pages.reused).toBe(0)
  }, 300_000)

  it('does not trust the cache a build left when it was killed midway', async () => {
    expect((await build()).pages.reused).toBeGreaterThan(0)
    // What a build that never finished leaves in the cache folder (the process was killed).
    fs.writeFileSync(path.join(buildsDir, 'cache', 'build-in-progress'), '999999')
    const next = await build()
    expect(next.pages.reused).toBe(0)
    expect(fs.existsSync(path.join(buildsDir, 'cache', 'build-in-progress'))).toBe(false)
    expect((await build()).pages.reused).toBeGreaterThan(0)
  }, 300_000)
})
