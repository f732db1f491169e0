import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { remarkLegacySuppression } from '../../cms/migrations/remarkLegacySuppression'
import { currentMarks, toPublicProgress, type PublicProgress } from '../../cms/progress/publicProgress'
import { emptySums } from '../../cms/progress/sums'
import { createReportingFixture, type ReportingFixture } from '../fixtures/reportingFixture'
import { rawSqlOf } from '../helpers/rawSql'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

/** The upgrade that re-marks "<5" cells of editions published before the "ẩn" mark (migration suppression_marks). */
let ctx: TestContext
let f: ReportingFixture

beforeAll(async () => {
  ctx = await startTestPayload()
  f = await createReportingFixture(ctx.payload)
}, 120_000)
afterAll(() => ctx?.close())

const json = (text: string) => (process.env.TEST_DB === 'postgres' ? pgSql`${text}::jsonb` : sqliteSql`${text}`)

/** What the code before the mark wrote: the same suppression, every hidden cell "<5", no `marks`. */
function legacyEdition(): { legacy: PublicProgress; trueValues: Map<string, number> } {
  const s = (value: number, female: number, male: number) => ({ ...emptySums(), value, female, male, reports: 1 })
  const current = toPublicProgress({
    plan: { id: f.plan.id, title: 'Kế hoạch', slug: 'ke-hoach' },
    asOf: '2024-12-31',
    completeness: [],
    indicators: [
      {
        id: 1, code: 'T-04', name: 'Nạn nhân', unit: 'người', aggregation: 'sum', sensitive: true, target: null, targetYear: null,
        total: s(9, 8, 1),
        byCommune: [{ orgUnit: { id: 1, name: 'Xã A' }, ...s(2, 1, 1) }, { orgUnit: { id: 2, name: 'Xã B' }, ...s(7, 7, 0) }],
        byPeriod: [{ period: { id: 1, name: '2024', code: '2024' }, ...s(9, 8, 1) }],
      },
    ],
  })
  const legacy = JSON.parse(JSON.stringify(current).replaceAll('"ẩn"', '"<5"')) as PublicProgress
  delete legacy.marks
  return { legacy, trueValues: new Map([['Xã B', 7]]) }
}

describe('re-marking editions published before "ẩn" existed', () => {
  it('turns every "<5" of an old edition and its versions into "ẩn", dates it, and leaves current editions alone', async () => {
    const { payload } = ctx
    const raw = rawSqlOf(ctx)
    const { sql } = raw
    const summary = await payload.create({ collection: 'progress-summaries', data: { title: 'Tiến độ cũ', plan: f.plan.id, asOf: '2024-12-31', _status: 'published' } as never })
    const fresh = await payload.create({ collection: 'progress-summaries', data: { title: 'Tiến độ mới', plan: f.plan.id, asOf: '2025-06-30', _status: 'published' } as never })
    expect((fresh.data as PublicProgress).marks).toBe(currentMarks)
    const freshBefore = JSON.stringify((await payload.findByID({ collection: 'progress-summaries', id: fresh.id, depth: 0 })).data)

    const { legacy, trueValues } = legacyEdition()
    // The staged old edition publishes Xã B's 7 as "<5": the misstatement the migration removes.
    expect(legacy.indicators[0]!.byCommune.find((c) => c.orgUnit === 'Xã B')!.value).toBe('<5')
    expect(trueValues.get('Xã B')).toBeGreaterThanOrEqual(5)
    await raw.run(sql`UPDATE "progress_summaries" SET "data" = ${json(JSON.stringify(legacy))} WHERE "id" = ${summary.id}`)
    await raw.run(sql`UPDATE "_progress_summaries_v" SET "version_data" = ${json(JSON.stringify(legacy))} WHERE "parent_id" = ${summary.id}`)
    const versions = (await raw.rows(sql`SELECT COUNT(*) AS n FROM "_progress_summaries_v" WHERE "parent_id" = ${summary.id}`))[0]!.n

    const remarked = await remarkLegacySuppression(raw, json, '2026-12-07T00:00:00.000Z')
    expect(remarked).toBe(1 + Number(versions))
    expect(await remarkLegacySuppression(raw, json)).toBe(0)

    const after = (await payload.findByID({ collection: 'progress-summaries', id: summary.id, depth: 0 })).data as PublicProgress
    expect(after).toMatchObject({ marks: currentMarks, remarkedAt: '2026-12-07T00:00:00.000Z' })
    expect(JSON.stringify(after)).not.toContain('"<5"')
    // Only the marks change: every number published stays as it was.
    expect(after.indicators).toEqual((JSON.parse(JSON.stringify(legacy).replaceAll('"<5"', '"ẩn"')) as PublicProgress).indicators)
    expect(after.indicators[0]!.byCommune.find((c) => c.orgUnit === 'Xã B')!.value).toBe('ẩn')
    expect(after.indicators[0]!.total.value).toBe(9)
    const { docs } = await payload.findVersions({ collection: 'progress-summaries', where: { parent: { equals: summary.id } }, depth: 0 })
    for (const version of docs) expect(JSON.stringify(version.version.data)).not.toContain('"<5"')

    expect(JSON.stringify((await payload.findByID({ collection: 'progress-summaries', id: fresh.id, depth: 0 })).data)).toBe(freshBefore)
  })
})
