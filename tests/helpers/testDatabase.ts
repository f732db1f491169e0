import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

/** This vitest run's PostgreSQL databases (tests/run.mjs gives each run its own DUAN8_TEST_RUN). */
export const testDatabasePrefix = () => `duan8_test_${process.env.DUAN8_TEST_RUN ?? 'x'}_`

export type TestDatabase = { uri: string; kind: string; drop: () => Promise<void> }

/**
 * A database of its own for one test file: a temp SQLite file, or a fresh PostgreSQL database —
 * a copy of `template` when one is given (tests/helpers/postgresTemplateSetup.ts).
 */
export async function createTestDatabase(kind = process.env.TEST_DB ?? 'sqlite', template?: string): Promise<TestDatabase> {
  const name = `${testDatabasePrefix()}${crypto.randomBytes(5).toString('hex')}`
  if (kind === 'postgres') {
    const server = process.env.TEST_POSTGRES_URI
    if (!server) throw new Error('TEST_POSTGRES_URI is not set')
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`)
        break
      } catch (error) {
        // Two files copying the template at the same moment: PostgreSQL lets one copy at a time.
        if (!template || attempt === 20 || !/being accessed by other users/.test(String(error))) throw error
        await new Promise((r) => setTimeout(r, 100 * attempt))
      }
    }
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
