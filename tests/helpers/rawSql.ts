import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'

import type { RawSql } from '../../cms/migrations/moveToPrivateFiles'
import type { TestContext } from './testPayload'

/** Raw SQL on the test's database, as a migration's data step gets it (to stage an older install's rows). */
export function rawSqlOf(ctx: TestContext): RawSql {
  const drizzle = (ctx.payload.db as unknown as { drizzle: { all?: (q: unknown) => Promise<unknown[]>; run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<{ rows: unknown[] }> } }).drizzle
  return process.env.TEST_DB === 'postgres'
    ? { sql: pgSql as never, rows: async (q) => (await drizzle.execute!(q)).rows as Record<string, unknown>[], run: async (q) => void (await drizzle.execute!(q)) }
    : { sql: sqliteSql as never, rows: async (q) => (await drizzle.all!(q)) as Record<string, unknown>[], run: async (q) => void (await drizzle.run!(q)) }
}
