import fs from 'node:fs'
import path from 'node:path'

import { defaultSqliteFile, rootDir } from './paths'

/** How long a writer waits for another to finish before SQLite answers SQLITE_BUSY. */
export const sqliteBusyTimeoutMs = 10_000

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

/**
 * The SQLite file a `file:` DATABASE_URI names (the default one under DATA_DIR when unset); a
 * relative path is resolved against the project root so every process opens the same file.
 */
export function sqliteFile(uri = process.env.DATABASE_URI): string {
  const file = uri ? uri.slice('file:'.length) : defaultSqliteFile
  if (file === ':memory:') return file
  const absolute = path.resolve(rootDir, file)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return absolute
}
