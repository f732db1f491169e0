import fs from 'node:fs'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../cms/payload-types'
import { pngImage, uploadFile } from '../helpers/files'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

let ctx: TestContext
// Imported once the test's folders are set: cms/paths reads them on import.
let removedDir: typeof import('../../cms/storage/removedFiles').removedDir
let sweep: typeof import('../../cms/storage/sweepUploads')
beforeAll(async () => {
  ctx = await startTestPayload()
  ;({ removedDir } = await import('../../cms/storage/removedFiles'))
  sweep = await import('../../cms/storage/sweepUploads')
})
afterAll(() => ctx?.close())

const hour = 3600 * 1000
const live = (name: string) => fs.existsSync(path.join(ctx.mediaDir, name))
const setAside = (name: string) => fs.existsSync(path.join(removedDir(ctx.mediaDir), name))
const namesOf = (doc: Media) => [doc.filename!, ...Object.values(doc.sizes ?? {}).map((s) => s!.filename!)].filter(Boolean)
const newPhoto = async (alt: string) =>
  (await ctx.payload.create({ collection: 'media', data: { alt }, file: uploadFile(await pngImage(500, 400), `${alt}.png`, 'image/png') })) as Media

async function inTransaction(work: (req: PayloadRequest) => Promise<unknown>, outcome: 'commit' | 'rollback') {
  const req = await createLocalReq({}, ctx.payload)
  await initTransaction(req)
  await work(req)
  if (outcome === 'commit') await commitTransaction(req)
  else await killTransaction(req)
}

describe('an upload’s files follow its row, not the attempt', () => {
  it('keeps the files of a deletion that is rolled back (Payload alone removed them first)', async () => {
    const doc = await newPhoto('xoa-roi-huy')
    expect(namesOf(doc).length).toBeGreaterThan(3)
    await inTransaction((req) => ctx.payload.delete({ collection: 'media', id: doc.id, req }), 'rollback')
    expect(await ctx.payload.findByID({ collection: 'media', id: doc.id, disableErrors: true })).not.toBeNull()
    for (const name of namesOf(doc)) expect({ name, live: live(name) }).toEqual({ name, live: true })
    expect(fs.readdirSync(removedDir(ctx.mediaDir))).toEqual([])
  })

  it('leaves nothing set aside after ordinary edits', async () => {
    const doc = await newPhoto('sua-chu-thich')
    await ctx.payload.update({ collection: 'media', id: doc.id, data: { caption: 'Chú thích mới' } })
    expect(fs.readdirSync(removedDir(ctx.mediaDir))).toEqual([])
    for (const name of namesOf(doc)) expect(live(name)).toBe(true)
  })

  it('removes the files for good once the deletion commits', async () => {
    const doc = await newPhoto('xoa-that')
    await inTransaction((req) => ctx.payload.delete({ collection: 'media', id: doc.id, req }), 'commit')
    for (const name of namesOf(doc)) expect({ name, live: live(name), setAside: setAside(name) }).toEqual({ name, live: false, setAside: false })
  })

  it('removes them at once when the deletion is not inside a caller’s transaction', async () => {
    const doc = await newPhoto('xoa-thuong')
    await ctx.payload.delete({ collection: 'media', id: doc.id })
    for (const name of namesOf(doc)) expect(live(name) || setAside(name)).toBe(false)
  })

  it('puts the old file back when a replacement is rolled back, and drops the new one', async () => {
    const doc = await newPhoto('thay-tep')
    let replaced: Media | undefined
    await inTransaction(async (req) => {
      replaced = (await ctx.payload.update({ collection: 'media', id: doc.id, data: {}, file: uploadFile(await pngImage(300, 200), 'tep-moi.png', 'image/png'), req })) as Media
    }, 'rollback')
    expect(replaced!.filename).toBe('tep-moi.png')
    expect((await ctx.payload.findByID({ collection: 'media', id: doc.id })).filename).toBe('thay-tep.png')
    for (const name of namesOf(doc)) expect(live(name)).toBe(true)
    expect(live('tep-moi.png')).toBe(false)
  })

  it('keeps every file the row names through a focal-point change, rolled back or committed', async () => {
    const doc = await newPhoto('diem-nhin')
    await inTransaction((req) => ctx.payload.update({ collection: 'media', id: doc.id, data: { focalX: 10, focalY: 90 }, req }), 'rollback')
    for (const name of namesOf(doc)) expect({ name, live: live(name) }).toEqual({ name, live: true })
    await inTransaction((req) => ctx.payload.update({ collection: 'media', id: doc.id, data: { focalX: 20, focalY: 80 }, req }), 'commit')
    const now = (await ctx.payload.findByID({ collection: 'media', id: doc.id })) as Media
    for (const name of namesOf(now)) expect({ name, live: live(name), setAside: setAside(name) }).toEqual({ name, live: true, setAside: false })
  })

  it('removes the new file of a creation that is rolled back', async () => {
    let created: Media | undefined
    await inTransaction(async (req) => {
      created = (await ctx.payload.create({ collection: 'media', data: { alt: 'tao-roi-huy' }, file: uploadFile(await pngImage(300, 200), 'tao-roi-huy.png', 'image/png'), req })) as Media
    }, 'rollback')
    expect(await ctx.payload.count({ collection: 'media', where: { alt: { equals: 'tao-roi-huy' } } })).toMatchObject({ totalDocs: 0 })
    for (const name of namesOf(created!)) expect(live(name)).toBe(false)
  })
})

describe('the hourly sweep of upload folders', () => {
  it('sets aside files no row references once they are an hour old, and removes them a day later', async () => {
    await newPhoto('con-lai')
    const orphan = path.join(ctx.mediaDir, 'khong-thuoc-dong-nao.png')
    fs.writeFileSync(orphan, 'x')
    const young = path.join(ctx.mediaDir, 'dang-tai-len.png')
    fs.writeFileSync(young, 'x')
    const hourAgo = new Date(Date.now() - 2 * hour)
    fs.utimesSync(orphan, hourAgo, hourAgo)

    const first = await sweep.sweepUploads(ctx.payload)
    expect(first.media).toEqual({ setAside: 1, restored: 0, removed: 0 })
    expect(live('khong-thuoc-dong-nao.png')).toBe(false)
    expect(setAside('khong-thuoc-dong-nao.png')).toBe(true)
    expect(live('dang-tai-len.png')).toBe(true) // may be an upload whose row is not committed yet

    expect((await sweep.sweepUploads(ctx.payload, Date.now() + sweep.removedFilesKeptMs + hour)).media.removed).toBe(1)
    expect(setAside('khong-thuoc-dong-nao.png')).toBe(false)
  })

  it('puts back a file set aside for a deletion that never finished, when its row is still there', async () => {
    const doc = await newPhoto('xoa-do-dang')
    fs.renameSync(path.join(ctx.mediaDir, doc.filename!), path.join(removedDir(ctx.mediaDir), doc.filename!))
    expect((await sweep.sweepUploads(ctx.payload)).media.restored).toBe(0) // its transaction may still be open
    expect((await sweep.sweepUploads(ctx.payload, Date.now() + sweep.sweepGraceMs + 1000)).media.restored).toBe(1)
    expect(live(doc.filename!)).toBe(true)
  })

  it('leaves alone a folder whose collection has no rows at all (a database that is not this folder’s)', async () => {
    const privateDir = process.env.PRIVATE_FILES_DIR!
    fs.mkdirSync(privateDir, { recursive: true })
    const stranger = path.join(privateDir, 'tep-cua-csdl-khac.pdf')
    fs.writeFileSync(stranger, 'x')
    const old = new Date(Date.now() - 48 * hour)
    fs.utimesSync(stranger, old, old)
    expect((await sweep.sweepUploads(ctx.payload))['private-files']).toEqual({ setAside: 0, restored: 0, removed: 0 })
    expect(fs.existsSync(stranger)).toBe(true)
  })

  it('runs as a scheduled task of Payload’s job queue', async () => {
    const task = ctx.payload.config.jobs.tasks?.find((t) => t.slug === 'sweepUploads')
    expect(task?.schedule?.[0]).toMatchObject({ cron: '23 * * * *', queue: 'default' })
    const orphan = path.join(ctx.mediaDir, 'mo-coi-cho-hang-doi.png')
    fs.writeFileSync(orphan, 'x')
    fs.utimesSync(orphan, new Date(Date.now() - 2 * hour), new Date(Date.now() - 2 * hour))
    await ctx.payload.jobs.queue({ task: 'sweepUploads', input: {} })
    await ctx.payload.jobs.run()
    expect(fs.existsSync(orphan)).toBe(false)
    expect(setAside('mo-coi-cho-hang-doi.png')).toBe(true)
  })
})
