import pg from 'pg'

/**
 * Test files each get a PostgreSQL database of their own. They are dropped here, once every
 * test process has exited: dropping earlier would cut Payload's pooled connections mid-flight.
 */
export async function teardown(): Promise<void> {
  const server = process.env.TEST_POSTGRES_URI
  if (!server) return
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'duan8_test_%'")
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  await client.end()
}
