import type { DatabaseAdapterObj } from 'payload'

import { databaseKind, sqliteBusyTimeoutMs, sqliteFile } from './databaseLocation'
import { migrationsDir } from './paths'

export { databaseKind, sqliteBusyTimeoutMs, type DatabaseKind } from './databaseLocation'

/**
 * The adapter for DATABASE_URI. Only that database's adapter is imported: each of the others
 * would load its driver (pg, mongoose) into every process for nothing.
 */
export async function databaseAdapter(uri = process.env.DATABASE_URI): Promise<DatabaseAdapterObj> {
  switch (databaseKind(uri)) {
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
