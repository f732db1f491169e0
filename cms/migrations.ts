import type { Migration } from 'payload'

import { databaseKind } from './database'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

/**
 * The committed migrations for the configured adapter, imported rather than read from disk so
 * they run the same under tsx, Vite and Next. MongoDB needs none: it has no SQL schema.
 */
export function migrationsForDatabase(uri = process.env.DATABASE_URI): Migration[] {
  switch (databaseKind(uri)) {
    case 'postgres':
      return postgresMigrations as unknown as Migration[]
    case 'mongodb':
      return []
    default:
      return sqliteMigrations as unknown as Migration[]
  }
}
