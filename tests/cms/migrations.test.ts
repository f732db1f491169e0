import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrationsForDatabase } from '../../cms/migrations'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

let ctx: TestContext

type Drizzle = { execute: (q: unknown) => Promise<{ rows: { name: string }[] }> }
const drizzle = () => (ctx.payload.db as unknown as { drizzle: Drizzle }).drizzle

async function tables(): Promise<string[]> {
  const { rows } = await drizzle().execute(sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)
  return rows.map((r) => r.name).sort()
}

// PostgreSQL only. SQLite's generated down migrations rebuild tables after `PRAGMA foreign_keys=OFF`,
// which SQLite ignores inside the transaction Payload runs them in (payloadcms/payload#16644): with
// foreign keys enforced, dropping a referenced table fails or cascades. Rollbacks on SQLite are
// therefore not supported; restore the database file from a copy instead.
describe.runIf(process.env.TEST_DB === 'postgres')('the committed migrations', () => {
  beforeAll(async () => {
    ctx = await startTestPayload()
  })
  afterAll(() => ctx?.close())

  it('roll back newest first down to an empty database, and apply again to the same tables', async () => {
    const migrated = await tables()
    expect(migrated).toContain('approved_values')
    const migrations = await migrationsForDatabase()
    const args = { db: drizzle(), payload: ctx.payload, req: {} }
    for (const migration of [...migrations].reverse()) await migration.down(args)
    expect(await tables()).toEqual([])
    await ctx.payload.db.migrate({ migrations })
    expect(await tables()).toEqual(migrated)
    const indicator = await ctx.payload.create({ collection: 'indicators', data: { code: 'M-01', name: 'Sau khi di chuyển lại', unit: 'người', contentArea: 'nd1', aggregation: 'sum' } as never })
    expect(indicator.id).toBeTruthy()
  })
})
