import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { databaseKind, sqliteBusyTimeoutMs, sqliteFile } from './databaseLocation'
import { migrationsDir } from './paths'

export { databaseKind, sqliteBusyTimeoutMs, type DatabaseKind } from './databaseLocation'


export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  switch (databaseKind(uri)) {
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: uri },
        migrationDir: migrationsDir('postgres'),
        push: false,
      })
    case 'mongodb':
      return mongooseAdapter({ url: uri! })
    default:
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
