import { createClient, type Client } from '@libsql/client'

import type { DatabaseSnapshot } from './snapshotTypes'

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

async function describe(client: Client, uploadTables: string[]): Promise<Omit<DatabaseSnapshot, 'file'>> {
  const names = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).rows.map((r) => String(r.name))
  const tables: Record<string, number> = {}
  for (const name of names) tables[name] = Number((await client.execute(`SELECT count(*) AS n FROM ${quoted(name)}`)).rows[0]!.n)
  const uploadRows: Record<string, Record<string, unknown>[]> = {}
  for (const table of uploadTables.filter((t) => names.includes(t))) {
    uploadRows[table] = (await client.execute(`SELECT * FROM ${quoted(table)}`)).rows.map((r) => ({ ...r }))
  }
  const migrations = names.includes('payload_migrations')
    ? (await client.execute('SELECT name FROM payload_migrations ORDER BY name')).rows.map((r) => String(r.name))
    : []
  return { tables, uploadRows, migrations }
}

/** A consistent copy of the live file (VACUUM INTO reads one snapshot; writers go on meanwhile). */
export async function snapshotSqlite(liveFile: string, outFile: string, uploadTables: string[], busyTimeoutMs: number): Promise<DatabaseSnapshot> {
  const live = createClient({ url: `file:${liveFile}` })
  try {
    await live.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
    await live.execute(`VACUUM INTO '${outFile.replace(/'/g, "''")}'`)
  } finally {
    live.close()
  }
  return { file: outFile, ...(await describeSqlite(outFile, uploadTables)) }
}

export async function describeSqlite(file: string, uploadTables: string[]): Promise<Omit<DatabaseSnapshot, 'file'>> {
  const client = createClient({ url: `file:${file}` })
  try {
    return await describe(client, uploadTables)
  } finally {
    client.close()
  }
}
