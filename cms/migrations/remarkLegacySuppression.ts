import type { SQL } from 'drizzle-orm'

import { currentMarks, type PublicProgress } from '../progress/publicProgress'
import { PROTECTING, SMALL } from '../progress/suppress'
import type { RawSql } from './moveToPrivateFiles'

const cellFields = ['value', 'denominator', 'female', 'male', 'ethnicMinority'] as const

/**
 * An edition made before the "ẩn" mark existed published every hidden cell as "<5", also one
 * hidden to protect another whose true value was 7 or 8. Which of its "<5" were 1–4 cannot be
 * told from what was frozen, so every one becomes "ẩn" (hidden, any value): less precise, never
 * false. Returns null when the edition needs nothing.
 */
export function remarkEdition(data: PublicProgress, on: string): PublicProgress | null {
  if (data.marks === currentMarks || !Array.isArray(data.indicators)) return null
  const remark = <T extends Record<string, unknown>>(row: T): T => {
    const out: Record<string, unknown> = { ...row }
    for (const f of cellFields) if (out[f] === SMALL) out[f] = PROTECTING
    return out as T
  }
  return {
    ...data,
    marks: currentMarks,
    remarkedAt: on,
    indicators: data.indicators.map((i) => ({ ...i, total: remark(i.total), byCommune: i.byCommune.map(remark), byPeriod: i.byPeriod.map(remark) })),
  }
}

type Edition = { id: unknown; data: unknown }
const parsed = (value: unknown): PublicProgress | null => {
  const data = typeof value === 'string' ? JSON.parse(value) : value
  return data && typeof data === 'object' ? (data as PublicProgress) : null
}

/**
 * Re-marks the published numbers of every summary and of every saved version of one, in the
 * migration's transaction. `json` turns the new JSON text into the column's type.
 */
export async function remarkLegacySuppression(db: RawSql, json: (text: string) => SQL, on = new Date().toISOString()): Promise<number> {
  const { sql } = db
  let remarked = 0
  const tables = [
    { rows: sql`SELECT "id" AS id, "data" AS data FROM "progress_summaries" WHERE "data" IS NOT NULL`, update: (id: unknown, text: string) => sql`UPDATE "progress_summaries" SET "data" = ${json(text)} WHERE "id" = ${id}` },
    { rows: sql`SELECT "id" AS id, "version_data" AS data FROM "_progress_summaries_v" WHERE "version_data" IS NOT NULL`, update: (id: unknown, text: string) => sql`UPDATE "_progress_summaries_v" SET "version_data" = ${json(text)} WHERE "id" = ${id}` },
  ]
  for (const table of tables) {
    for (const edition of (await db.rows(table.rows)) as Edition[]) {
      const data = parsed(edition.data)
      const next = data && remarkEdition(data, on)
      if (!next) continue
      await db.run(table.update(edition.id, JSON.stringify(next)))
      remarked++
    }
  }
  return remarked
}
