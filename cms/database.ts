import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { defaultSqliteFile, migrationsDir, rootDir } from './paths'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export function databaseKind(uri = process.env.DATABASE_URI): DatabaseKind {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `DATABASE_URI không hợp lệ: "${uri}". Dùng file:..., postgres://... hoặc mongodb://... ` +
      `(unsupported DATABASE_URI: use file:, postgres:// or mongodb://)`,
  )
}

/** A relative `file:` path is resolved against the project root so every process opens the same file. */
function sqliteUrl(uri: string | undefined): string {
  if (!uri) {
    fs.mkdirSync(path.dirname(defaultSqliteFile), { recursive: true })
    return `file:${defaultSqliteFile}`
  }
  const file = uri.slice('file:'.length)
  if (file === ':memory:' || path.isAbsolute(file)) return uri
  const absolute = path.resolve(rootDir, file)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return `file:${absolute}`
}

/** How long a writer waits for another to finish before SQLite answers SQLITE_BUSY. */
export const sqliteBusyTimeoutMs = 10_000

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
        client: { url: sqliteUrl(uri) },
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
