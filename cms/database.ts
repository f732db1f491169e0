import type { DatabaseAdapterObj } from 'payload'

import { databaseKind, sqliteBusyTimeoutMs, sqliteFile } from './databaseLocation'
import { migrationsDir } from './paths'

export { databaseKind, sqliteBusyTimeoutMs, type DatabaseKind } from './databaseLocation'

/**
 * Progress is totalled by SQL over the approved-values fact table (cms/progress/aggregateSql.ts);
 * on MongoDB nothing proves the same numbers, so an install that reports refuses to start rather
 * than publish different ones.
 */
export const mongoRefusedForReporting =
  'MongoDB chưa dùng được cho báo cáo chỉ số và tổng hợp tiến độ: số liệu tổng hợp trên MongoDB chưa được kiểm chứng ' +
  'bằng với SQLite và PostgreSQL, nên hệ thống dừng thay vì công bố số liệu có thể sai. Hãy đặt DATABASE_URI là ' +
  'file:… (SQLite) hoặc postgres://… (PostgreSQL). (MongoDB is refused for indicator reporting and progress: its ' +
  'totals are not verified equal to SQLite and PostgreSQL. Set DATABASE_URI to file:… or postgres://…)'

/**
 * The adapter for DATABASE_URI. Only that database's adapter is imported: each of the others
 * would load its driver (pg, mongoose) into every process for nothing. `reporting: false` is for a
 * host without indicator reports, the one use MongoDB is left for.
 */
export async function databaseAdapter(uri = process.env.DATABASE_URI, { reporting = true } = {}): Promise<DatabaseAdapterObj> {
  const kind = databaseKind(uri)
  if (kind === 'mongodb' && reporting) throw new Error(mongoRefusedForReporting)
  switch (kind) {
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return postgresAdapter({
        pool: { connectionString: uri },
        migrationDir: migrationsDir('postgres'),
        push: false,
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url: uri! })
    }
    default: {
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      return sqliteAdapter({
        client: { url: `file:${sqliteFile(uri)}` },
        migrationDir: migrationsDir('sqlite'),
        push: false,
        // The CMS server and the site build share the file: WAL lets readers run beside a writer.
        wal: true,
        busyTimeout: sqliteBusyTimeoutMs,
        // Payload leaves SQLite without transactions unless asked: a failed save (or CSV import)
        // could otherwise leave half its rows behind.
        transactionOptions: {},
      })
    }
  }
}
