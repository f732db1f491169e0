import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabase = { uri: string; kind: string; drop: () => Promise<void> }

/** A database of its own for one test file: a temp SQLite file, or a fresh PostgreSQL database. */
export async function createTestDatabase(kind = process.env.TEST_DB ?? 'sqlite'): Promise<TestDatabase> {
  const name = `duan8_test_${crypto.randomBytes(5).toString('hex')}`
  if (kind === 'postgres') {
    const server = process.env.TEST_POSTGRES_URI
    if (!server) throw new Error('TEST_POSTGRES_URI is not set')
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const uri = new URL(server)
    uri.pathname = `/${name}`
    return {
      uri: uri.toString(),
      kind,
      // Dropped by postgresGlobalSetup once all test processes have exited.
      drop: async () => {},
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-test-'))
  return {
    uri: `file:${path.join(dir, 'test.db')}`,
    kind: 'sqlite',
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  }
}
