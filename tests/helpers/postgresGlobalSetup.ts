import pg from 'pg'

import { testDatabasePrefix } from './testDatabase'

/**
 * Test files each get a PostgreSQL database of their own. They are dropped here, once every
 * test process of this run has exited: dropping earlier would cut Payload's pooled connections
 * mid-flight. Another vitest run beside this one (tests/run.mjs) keeps its own.
 */
export async function teardown(): Promise<void> {
  const server = process.env.TEST_POSTGRES_URI
  if (!server) return
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [testDatabasePrefix()])
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  await client.end()
}
