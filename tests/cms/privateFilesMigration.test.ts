import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RawSql } from '../../cms/migrations/moveToPrivateFiles'
import { body } from '../fixtures/accessWorld'
import { createReportingFixture } from '../fixtures/reportingFixture'
import { pngImage, uploadFile } from '../helpers/files'
import { rawSqlOf } from '../helpers/rawSql'
import { rest } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

/**
 * An installation from before private files kept contest photos and report evidence in the
 * public media collection. The upgrade moves each into `private-files` (bytes copied under a
 * random name), points the entry or report at it, and deletes the public item and its sizes.
 */
let ctx: TestContext
let raw: RawSql

beforeAll(async () => {
  ctx = await startTestPayload()
  raw = rawSqlOf(ctx)
}, 120_000)
afterAll(() => ctx?.close())

describe('upgrading to private files', () => {
  it('moves entry photos and report evidence out of the public media collection, losing nothing', async () => {
    const { payload } = ctx
    const f = await createReportingFixture(payload)
    const contest = await payload.create({ collection: 'contests', draft: false, data: { title: 'Hội thi cũ', rules: body('Thể lệ') as never, opensAt: '2025-01-01T00:00:00.000Z', closesAt: '2025-02-01T00:00:00.000Z', criteria: [{ name: 'A', weight: 1, maxScore: 10 }] } as never })
    const entry = await payload.create({ collection: 'contest-entries', draft: false, data: { contest: contest.id, title: 'Mô hình cũ', modelType: 'other', description: 'x', commune: f.units.communeA.id as number } as never })
    const report = await payload.create({ collection: 'indicator-reports', data: { plan: f.plan.id, period: f.periods.open.id, orgUnit: f.units.communeA.id, values: [] } as never })
    // Evidence uploaded through the admin was in the library by default: it must not stay public.
    const photo = await payload.create({ collection: 'media', data: { alt: 'Ảnh người gửi chưa đồng ý', inLibrary: true }, file: uploadFile(await pngImage(900, 600), 'anh-cu.png', 'image/png') })
    const evidence = await payload.create({ collection: 'media', data: { alt: 'Danh sách tập huấn', inLibrary: false }, file: uploadFile(await pngImage(300, 200), 'danh-sach.png', 'image/png') })
    const photoBytes = fs.readFileSync(path.join(ctx.mediaDir, photo.filename!))
    const photoFiles = [photo.filename!, ...Object.values(photo.sizes ?? {}).map((s) => (s as { filename?: string }).filename!).filter(Boolean)]
    expect(photoFiles.length).toBeGreaterThan(1)

    // As an old installation stored them: relation rows pointing into media.
    const { sql } = raw
    await raw.run(sql`INSERT INTO "contest_entries_rels" ("order", "parent_id", "path", "media_id") VALUES (1, ${entry.id}, 'files', ${photo.id})`)
    for (const table of ['indicator_reports_rels', '_indicator_reports_v_rels']) await raw.run(sql`ALTER TABLE ${sql.raw(`"${table}"`)} ADD COLUMN "media_id" integer`)
    await raw.run(sql`INSERT INTO "indicator_reports_rels" ("order", "parent_id", "path", "media_id") VALUES (1, ${report.id}, 'evidence', ${evidence.id})`)
    expect((await rest(ctx, 'GET', `/media/file/${photo.filename}`)).status).toBe(200) // public before the upgrade

    const req = await createLocalReq({}, payload)
    // Imported only now: the module's folders come from the environment the test set up.
    const { moveToPrivateFiles } = await import('../../cms/migrations/moveToPrivateFiles')
    const result = await moveToPrivateFiles(payload, req, raw)
    expect(result).toEqual({ moved: 2, mediaHidden: 2 })

    const moved = await payload.findByID({ collection: 'contest-entries', id: entry.id, depth: 1 })
    const file = moved.files![0] as { id: number; filename: string; originalName: string; entry: unknown }
    expect(file.filename).toMatch(/^[0-9a-f]{32}\.png$/)
    expect(file.originalName).toBe('anh-cu.png')
    expect(String(file.entry)).toBe(String(entry.id))
    expect(fs.readFileSync(path.join(process.env.PRIVATE_FILES_DIR!, file.filename)).equals(photoBytes)).toBe(true)
    const movedReport = await payload.findByID({ collection: 'indicator-reports', id: report.id, depth: 1 })
    const proof = movedReport.evidence![0] as { report: unknown; orgUnit: unknown }
    expect(String(proof.report)).toBe(String(report.id))
    expect(String(proof.orgUnit)).toBe(String(f.units.communeA.id))

    // The old media items stay (nothing deleted inside the transaction) but out of public reach.
    for (const old of [photo, evidence]) {
      expect((await payload.findByID({ collection: 'media', id: old.id, depth: 0 })).inLibrary).toBe(false)
      expect((await rest(ctx, 'GET', `/media/${old.id}`)).status).toBe(404)
      expect((await rest(ctx, 'GET', `/media/file/${old.filename}`)).status).toBe(403)
    }
    for (const name of photoFiles) expect(fs.existsSync(path.join(ctx.mediaDir, name)), name).toBe(true)
    for (const table of ['indicator_reports_rels', '_indicator_reports_v_rels']) await raw.run(sql`ALTER TABLE ${sql.raw(`"${table}"`)} DROP COLUMN "media_id"`)
  })
})
