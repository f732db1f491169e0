import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'
import type { SQL, sql as sqlTag } from 'drizzle-orm'

import { mediaDir, privateFilesDir } from '../paths'

export type RawSql = {
  sql: typeof sqlTag
  rows: (query: SQL) => Promise<Record<string, unknown>[]>
  run: (query: SQL) => Promise<void>
}

/** Where entry files and report evidence pointed into `media` before they had a collection of their own. */
const moves = [
  { table: 'contest_entries_rels', path: 'files', owner: 'entry' },
  { table: '_contest_entries_v_rels', path: 'version.files', owner: 'entry' },
  { table: 'indicator_reports_rels', path: 'evidence', owner: 'report' },
  { table: '_indicator_reports_v_rels', path: 'version.evidence', owner: 'report' },
] as const

/**
 * Copies every media item used as a contest entry's file or a report's evidence into
 * `private-files` (the file under a random name in the private folder, a row that names the
 * entry or report) and repoints those relations at the copy. The media item itself is taken
 * out of public reach (out of the library) but not deleted: nothing on disk is removed inside
 * a transaction that could still roll back, and an upload embedded elsewhere keeps working for
 * editors. Runs inside the migration's transaction, after `private_files_id` exists on the four
 * relation tables and while `media_id` still does. A file that cannot be copied stops the
 * migration. Returns how many items moved and how many were taken out of the library.
 */
export async function moveToPrivateFiles(payload: Payload, req: PayloadRequest, db: RawSql): Promise<{ moved: number; mediaHidden: number }> {
  const { sql } = db
  const newIdOf = new Map<string, number | string>()
  for (const move of moves) {
    const table = sql.raw(`"${move.table}"`)
    const rels = await db.rows(sql`SELECT r."id" AS rel, r."parent_id" AS parent, r."media_id" AS media FROM ${table} r WHERE r."path" = ${move.path} AND r."media_id" IS NOT NULL`)
    for (const rel of rels) {
      const mediaId = String(rel.media)
      if (!newIdOf.has(mediaId)) {
        const [media] = await db.rows(sql`SELECT * FROM "media" WHERE "id" = ${rel.media}`)
        if (!media) continue
        await fs.mkdir(privateFilesDir, { recursive: true })
        const filename = `${randomBytes(16).toString('hex')}${path.extname(String(media.filename ?? '')).toLowerCase()}`
        await fs.copyFile(path.join(mediaDir, path.basename(String(media.filename))), path.join(privateFilesDir, filename))
        // The report or entry this file belongs to (the live document's, not a version's).
        const parent = move.table.startsWith('_')
          ? ((await db.rows(sql`SELECT "parent_id" AS id FROM ${sql.raw(`"${move.table.replace(/_rels$/, '')}"`)} WHERE "id" = ${rel.parent}`))[0]?.id ?? null)
          : rel.parent
        const report =
          move.owner === 'report' && parent != null
            ? await payload.db.findOne({ collection: 'indicator-reports', where: { id: { equals: parent } }, req })
            : null
        const created = await payload.db.create({
          collection: 'private-files',
          data: {
            filename,
            originalName: media.filename,
            description: media.caption ?? media.alt ?? null,
            mimeType: media.mime_type,
            filesize: media.filesize,
            width: media.width,
            height: media.height,
            kind: media.kind,
            entry: move.owner === 'entry' ? parent : null,
            report: report ? report.id : null,
            orgUnit: report ? (report as { orgUnit?: unknown }).orgUnit : null,
          },
          req,
        })
        newIdOf.set(mediaId, created.id)
      }
      await db.run(sql`UPDATE ${table} SET "private_files_id" = ${newIdOf.get(mediaId)}, "media_id" = NULL WHERE "id" = ${rel.rel}`)
    }
  }

  let mediaHidden = 0
  for (const mediaId of newIdOf.keys()) {
    // Still shown by a published campaign or plan: that use was public on purpose.
    if (await stillUsed(db, mediaId)) continue
    await db.run(sql`UPDATE "media" SET "in_library" = ${false} WHERE "id" = ${Number(mediaId) || mediaId}`)
    mediaHidden += 1
  }
  return { moved: newIdOf.size, mediaHidden }
}

/** Whether any campaign, plan or video poster outside the moved relations still points at this media item. */
async function stillUsed(db: RawSql, mediaId: string): Promise<boolean> {
  const { sql } = db
  const id = Number(mediaId) || mediaId
  const rels = ['campaigns_rels', '_campaigns_v_rels', 'plans_rels', '_plans_v_rels', 'contest_entries_rels', '_contest_entries_v_rels']
  for (const table of rels) {
    const [row] = await db.rows(sql`SELECT COUNT(*) AS n FROM ${sql.raw(`"${table}"`)} WHERE "media_id" = ${id}`)
    if (Number(row?.n ?? 0) > 0) return true
  }
  const columns: [string, string][] = [
    ['media', 'poster_id'],
    ['campaigns', 'meta_image_id'],
    ['plans', 'meta_image_id'],
    ['_campaigns_v', 'version_meta_image_id'],
    ['_plans_v', 'version_meta_image_id'],
  ]
  for (const [table, column] of columns) {
    const [row] = await db.rows(sql`SELECT COUNT(*) AS n FROM ${sql.raw(`"${table}"`)} WHERE ${sql.raw(`"${column}"`)} = ${id}`)
    if (Number(row?.n ?? 0) > 0) return true
  }
  return false
}
