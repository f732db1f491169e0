import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig, type Config, type Field } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mongoRefusedForReporting } from '../../cms/database'
import { duAn8Plugin } from '../../cms/plugin'
import { hostPages, hostUsers, startHostPayload } from '../helpers/hostPayload'

const body = {
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text: 'Nội dung.', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }],
  },
}

const slugsOf = (config: Config) => (config.collections ?? []).map((c) => c.slug)
const fieldNames = (collection?: CollectionConfig) => (collection?.fields ?? []).flatMap((f: Field) => ('name' in f ? [f.name] : []))
const relationTargets = (fields: Field[]): string[] =>
  fields.flatMap((f) => [
    ...(f.type === 'relationship' || f.type === 'upload' ? [f.relationTo].flat() : []),
    ...('fields' in f && Array.isArray(f.fields) ? relationTargets(f.fields) : []),
    ...(f.type === 'tabs' ? f.tabs.flatMap((t) => relationTargets(t.fields)) : []),
  ])
const host = (extra: Partial<Config> = {}): Config => ({ secret: 'x', collections: [hostUsers, hostPages], editor: lexicalEditor(), ...extra }) as Config

describe('duAn8Plugin on a host config', () => {
  it('adds the collections of the parts switched on, relations only to what exists, and names the part a part needs', async () => {
    const config = await duAn8Plugin({ parts: { reporting: false, contests: false, courses: false } })(host())
    const slugs = slugsOf(config)
    expect(slugs).toEqual(expect.arrayContaining(['users', 'pages', 'plans', 'campaigns', 'media', 'private-files', 'org-units', 'indicators']))
    for (const off of ['indicator-reports', 'reporting-periods', 'progress-summaries', 'contests', 'contest-entries', 'courses']) expect(slugs).not.toContain(off)
    const targets = (config.collections ?? []).flatMap((c) => relationTargets(c.fields))
    for (const target of targets) expect(slugs).toContain(target)
    expect(config.jobs?.tasks?.map((t) => t.slug)).toEqual(['sweepUploads', 'sendPasswordReset'])

    expect(() => duAn8Plugin({ parts: { plans: false } })(host())).toThrow('part "reporting" needs part "plans"')
    expect(() => duAn8Plugin({ access: { pages: { read: () => true } } })(host())).toThrow('access is given for "pages", which the plugin does not add here')
    expect(() => duAn8Plugin({ parts: { mediaLibrary: false, contests: false, courses: false } })(host())).toThrow('collections.media must name the host\'s upload collection')
    expect(() => duAn8Plugin({ parts: { mediaLibrary: false } })(host())).toThrow('part "contests" needs part "mediaLibrary"')
    // Progress totals are proved equal on SQLite and PostgreSQL only (cms/database.ts).
    await expect((await duAn8Plugin()(host())).onInit!({ db: { name: 'mongoose' } } as never)).rejects.toThrow(mongoRefusedForReporting)
    // A host field of the plugin's name is kept only with the same shape: the rules read it.
    const clashes: Field[] = [
      { name: 'role', type: 'text' },
      { name: 'role', type: 'select', options: ['admin', 'editor'] },
      { name: 'orgUnit', type: 'relationship', relationTo: 'pages' as never },
    ]
    for (const field of clashes) {
      const users: CollectionConfig = { slug: 'users', auth: true, fields: [field] }
      expect(() => duAn8Plugin()(host({ collections: [users, hostPages] })), JSON.stringify(field)).toThrow(`has a field "${'name' in field ? field.name : ''}" (${field.type}) that the plugin needs as its own`)
    }
  })

  it("leaves the host's own collections and their access as they were, and builds", async () => {
    const config = await buildConfig(await duAn8Plugin()(host()))
    const pages = config.collections.find((c) => (c.slug as string) === 'pages')!
    expect(pages.access.read).toBe(hostPages.access!.read)
    expect(fieldNames(pages as never)).toEqual(expect.arrayContaining(['title', 'body']))
    expect(pages.hooks.beforeOperation).toEqual([])
    const users = config.collections.find((c) => c.slug === 'users')!
    expect(fieldNames(users as never)).toEqual(expect.arrayContaining(['name', 'role', 'orgUnit']))
    // The host's auth settings stay; the plugin adds the officer fields, an id check and a login notice.
    expect(users.auth.maxLoginAttempts).toBe(5)
    expect(users.hooks.beforeOperation).toHaveLength(1)
    expect(users.hooks.afterLogin).toHaveLength(1)
  })

  it("applies an access override to a host's shared users, and drops one given as undefined", async () => {
    const read = () => true
    const config = await duAn8Plugin({ access: { users: { read }, plans: { read: undefined } } })(host())
    const users = config.collections!.find((c) => c.slug === 'users')!
    expect(users.access?.read).toBe(read)
    const plans = config.collections!.find((c) => c.slug === 'plans')!
    expect(typeof plans.access?.read).toBe('function')
  })

  it("puts the library's fields and the policy's public-media rule on a host upload collection it shares", async () => {
    const hostMedia: CollectionConfig = { slug: 'media', upload: true, access: { read: () => true }, fields: [{ name: 'alt', type: 'text' }] }
    const config = await buildConfig(await duAn8Plugin()(host({ collections: [hostUsers, hostPages, hostMedia] })))
    const media = config.collections.find((c) => c.slug === 'media')!
    expect(fieldNames(media as never)).toEqual(expect.arrayContaining(['alt', 'inLibrary', 'publicUse']))
    // The host's existing uploads start outside the public library.
    expect(media.fields.find((f) => 'name' in f && f.name === 'inLibrary')).toMatchObject({ defaultValue: false })
    expect(media.access.read).not.toBe(hostMedia.access!.read)
    const anonymousRead = await media.access.read!({ req: { user: null, payload: { collections: { 'contest-entries': {} } } } } as never)
    expect(anonymousRead).toEqual({ or: [{ inLibrary: { equals: true } }, { publicUse: { equals: true } }, { showcaseOf: { exists: true } }] })
  })
})

describe('a host with its own users, pages and upload collection, running the plugin', () => {
  let ctx: Awaited<ReturnType<typeof startHostPayload>>
  const rebuilds: string[] = []
  const hostUploads: CollectionConfig = {
    slug: 'uploads',
    upload: { staticDir: fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-host-uploads-')) },
    access: { read: () => true },
    fields: [{ name: 'alt', type: 'text' }],
  }

  beforeAll(async () => {
    ctx = await startHostPayload(
      { collections: [hostUsers, hostPages, hostUploads], editor: lexicalEditor() },
      {
        parts: { mediaLibrary: false, courses: false, contests: false },
        collections: { media: 'uploads' },
        access: { campaigns: { read: () => false } },
        onSiteRebuild: ({ reason }) => rebuilds.push(reason),
      },
    )
  }, 120_000)
  afterAll(async () => ctx?.close())

  it('points the plugin at the host upload collection and keeps its own access', async () => {
    const plans = ctx.payload.collections.plans.config
    expect(relationTargets(plans.fields)).toContain('uploads')
    expect(relationTargets(plans.fields)).not.toContain('media')
    expect(ctx.payload.collections.media).toBeUndefined()
    const upload = await ctx.payload.create({ collection: 'uploads' as never, data: { alt: 'ảnh' } as never, file: { data: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary'), mimetype: 'image/gif', name: 'a.gif', size: 14 } })
    const seen = await ctx.payload.find({ collection: 'uploads' as never, overrideAccess: false })
    expect(seen.docs.map((d) => (d as { id: unknown }).id)).toContain((upload as { id: unknown }).id)
  })

  it("gives the host's users a role the policy reads, which only an administrator may set", async () => {
    const admin = await ctx.payload.create({ collection: 'users', data: { email: 'admin@host.test', password: 'mat-khau-quan-tri-1', role: 'admin' } as never })
    const visitor = await ctx.payload.create({ collection: 'users', data: { email: 'reader@host.test', password: 'mat-khau-ban-doc-1' } as never })
    expect((visitor as { role?: unknown }).role ?? null).toBeNull()
    // The host's users collection keeps Payload's default access (any logged-in user may update);
    // the role field itself refuses anyone but an administrator.
    const promoted = await ctx.payload.update({ collection: 'users', id: visitor.id, data: { role: 'admin' } as never, user: { ...visitor, collection: 'users' }, overrideAccess: false })
    expect((promoted as { role?: unknown }).role ?? null).toBeNull()
    const byAdmin = await ctx.payload.update({ collection: 'users', id: visitor.id, data: { role: 'communications-officer' } as never, user: { ...admin, collection: 'users' }, overrideAccess: false })
    expect((byAdmin as { role?: unknown }).role).toBe('communications-officer')
  })

  it('runs the policy on its own collections for host users, and the host access override on top', async () => {
    const admin = (await ctx.payload.find({ collection: 'users', where: { email: { equals: 'admin@host.test' } } })).docs[0]
    const asAdmin = { user: { ...admin, collection: 'users' }, overrideAccess: false } as const
    const indicator = await ctx.payload.create({ collection: 'indicators', data: { code: 'T-01', name: 'Tổ truyền thông', unit: 'tổ', contentArea: 'nd1', aggregation: 'sum', type: 'output' } as never, ...asAdmin })
    const plan = await ctx.payload.create({
      collection: 'plans',
      data: { title: 'Kế hoạch thử', issuingBody: 'Hội LHPN', body, targets: [{ indicator: indicator.id, value: 14, unit: 'tổ', year: 2025 }], _status: 'published' } as never,
      ...asAdmin,
    })
    const anonymous = await ctx.payload.find({ collection: 'plans', overrideAccess: false })
    expect(anonymous.docs.map((d) => d.id)).toEqual([plan.id])
    const draft = await ctx.payload.create({ collection: 'plans', data: { title: 'Bản nháp', issuingBody: 'Hội LHPN', body } as never, draft: true, ...asAdmin })
    const stillAnonymous = await ctx.payload.find({ collection: 'plans', overrideAccess: false, draft: true })
    expect(stillAnonymous.docs.map((d) => d.id)).not.toContain(draft.id)
    const reader = (await ctx.payload.find({ collection: 'users', where: { email: { equals: 'reader@host.test' } } })).docs[0]
    await expect(ctx.payload.create({ collection: 'plans', data: { title: 'Không được', issuingBody: 'x', body } as never, user: { ...reader, collection: 'users' }, overrideAccess: false })).rejects.toThrow(/không có quyền|not allowed/i)

    const theme = await ctx.payload.create({ collection: 'campaign-themes', data: { name: 'Bình đẳng giới', slug: 'binh-dang-gioi' } as never, ...asAdmin })
    const campaign = await ctx.payload.create({ collection: 'campaigns', data: { title: 'Chiến dịch', body, themes: [theme.id], _status: 'published' } as never, ...asAdmin })
    // The host's override replaces the policy's read, for administrators too.
    await expect(ctx.payload.find({ collection: 'campaigns', overrideAccess: false, user: { ...admin, collection: 'users' } })).rejects.toThrow(/not allowed|không có quyền/i)
    expect((await ctx.payload.find({ collection: 'plans', overrideAccess: false, user: { ...admin, collection: 'users' }, draft: true })).totalDocs).toBe(2)
    expect(campaign.id).toBeDefined()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(rebuilds).toEqual(expect.arrayContaining([`plans ${plan.id}`, `campaigns ${campaign.id}`]))
    expect(rebuilds).not.toContain(`plans ${draft.id}`)
  })

  it("leaves the host's pages working", async () => {
    const page = await ctx.payload.create({ collection: 'pages' as never, data: { title: 'Giới thiệu', body: 'Trang của đơn vị.' } as never })
    const read = await ctx.payload.find({ collection: 'pages' as never, overrideAccess: false })
    expect(read.docs.map((d) => (d as { title: string }).title)).toEqual(['Giới thiệu'])
    expect((page as { id: unknown }).id).toBeDefined()
  })
})

describe("a host whose own people log in through another auth collection", () => {
  let ctx: Awaited<ReturnType<typeof startHostPayload>>
  const admins: CollectionConfig = { slug: 'admins', auth: true, fields: [{ name: 'role', type: 'text' }] }

  beforeAll(async () => {
    ctx = await startHostPayload({ collections: [admins, hostPages], admin: { user: 'admins' }, editor: lexicalEditor() })
  }, 120_000)
  afterAll(async () => ctx?.close())

  it('gives them nothing of the plugin, whatever their id or role field, and leaves them their own preferences', async () => {
    const officer = await ctx.payload.create({ collection: 'users', data: { email: 'can-bo@du-an-8.test', password: 'mat-khau-quan-tri-1', role: 'admin' } as never })
    const hostAdmin = await ctx.payload.create({ collection: 'admins' as never, data: { email: 'admin@host.test', password: 'mat-khau-host-1', role: 'admin' } as never })
    expect(String((hostAdmin as { id: unknown }).id)).toBe(String(officer.id))
    const asHostAdmin = { user: { ...(hostAdmin as object), collection: 'admins' }, overrideAccess: false } as const
    // Same id as the plugin's administrator, and a `role` of "admin" in their own collection: neither counts.
    await expect(ctx.payload.update({ collection: 'users', id: officer.id, data: { email: 'chiem@host.test' } as never, ...asHostAdmin })).rejects.toThrow(/not allowed|không có quyền/i)
    await expect(ctx.payload.find({ collection: 'users', ...asHostAdmin })).rejects.toThrow(/not allowed|không có quyền/i)
    await expect(ctx.payload.create({ collection: 'plans', data: { title: 'x', issuingBody: 'x', body } as never, ...asHostAdmin })).rejects.toThrow(/not allowed|không có quyền/i)
    expect((await ctx.payload.findByID({ collection: 'users', id: officer.id })).email).toBe('can-bo@du-an-8.test')
    // Payload's own rules, not the policy's (which knows no such person), still give them their preferences and locks.
    await expect(ctx.payload.find({ collection: 'payload-preferences', ...asHostAdmin })).resolves.toMatchObject({ totalDocs: 0 })
    await expect(ctx.payload.find({ collection: 'payload-locked-documents', ...asHostAdmin })).resolves.toMatchObject({ totalDocs: 0 })
  })
})
