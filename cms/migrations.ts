import type { Migration } from 'payload'

import { databaseKind } from './database'

/**
 * The committed migrations for the configured adapter, imported rather than read from disk so
 * they run the same under tsx, Vite and Next; only the configured database's are loaded (each set
 * imports its adapter). MongoDB needs none: it has no SQL schema.
 */
export async function migrationsForDatabase(uri = process.env.DATABASE_URI): Promise<Migration[]> {
  switch (databaseKind(uri)) {
    case 'postgres':
      return (await import('./migrations/postgres')).migrations as unknown as Migration[]
    case 'mongodb':
      return []
    default:
      return (await import('./migrations/sqlite')).migrations as unknown as Migration[]
  }
}
