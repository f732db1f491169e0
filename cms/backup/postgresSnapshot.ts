import { spawn } from 'node:child_process'

import pg from 'pg'

import type { DatabaseSnapshot } from './snapshotTypes'

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The connection without its password, which goes in PGPASSWORD: command lines are visible to every local user. */
function connection(uri: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(uri)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return { dbname: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += String(d)))
    child.on('error', (error) =>
      reject(new Error(`Không chạy được ${command}: cần gói postgresql-client (${command} is needed: apt-get install postgresql-client). ${error.message}`)),
    )
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} dừng với mã ${code}: ${stderr.trim()}`))))
  })
}

async function describe(client: pg.Client, uploadTables: string[]): Promise<Omit<DatabaseSnapshot, 'file'>> {
  const names = (await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows.map((r) => r.tablename)
  const tables: Record<string, number> = {}
  for (const name of names) tables[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoted(name)}`)).rows[0]!.n)
  const uploadRows: Record<string, Record<string, unknown>[]> = {}
  for (const table of uploadTables.filter((t) => names.includes(t))) uploadRows[table] = (await client.query(`SELECT * FROM ${quoted(table)}`)).rows
  const migrations = names.includes('payload_migrations') ? (await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')).rows.map((r) => r.name) : []
  return { tables, uploadRows, migrations }
}

/**
 * pg_dump of one exported snapshot, while the same snapshot is counted here: the manifest and
 * the dump describe the same moment, whatever is written meanwhile.
 */
export async function snapshotPostgres(uri: string, outFile: string, uploadTables: string[]): Promise<DatabaseSnapshot> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')
    const { dbname, env } = connection(uri)
    const dump = run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0]!.id}`, `--file=${outFile}`, `--dbname=${dbname}`], env)
    const described = await describe(client, uploadTables)
    await dump
    await client.query('COMMIT')
    return { file: outFile, ...described }
  } finally {
    await client.end()
  }
}

export async function describePostgres(uri: string, uploadTables: string[]): Promise<Omit<DatabaseSnapshot, 'file'>> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await describe(client, uploadTables)
  } finally {
    await client.end()
  }
}

/** Loads a dump into the database named by `uri`, replacing what is there. */
export async function restorePostgres(uri: string, dumpFile: string): Promise<void> {
  const { dbname, env } = connection(uri)
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${dbname}`, dumpFile], env)
}

/** A plain dump of the database as it is now (what a restore is about to replace). */
export async function dumpPostgres(uri: string, outFile: string): Promise<void> {
  const { dbname, env } = connection(uri)
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${outFile}`, `--dbname=${dbname}`], env)
}
