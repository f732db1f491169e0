import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionConfig, Config } from 'payload'

import type { DuAn8PluginOptions } from '../../cms/plugin'
import { createTestDatabase } from './testDatabase'
import type { TestContext } from './testPayload'

/** A host's own collections, as a site that already runs Payload has them. */
export const hostUsers: CollectionConfig = { slug: 'users', auth: true, fields: [{ name: 'name', type: 'text' }] }
export const hostPages: CollectionConfig = {
  slug: 'pages',
  access: { read: () => true },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'textarea' },
  ],
}

/**
 * Payload for a host config other than the product's: the host's collections plus `duAn8Plugin`,
 * on a fresh database whose schema Payload pushes (a host makes its own migrations).
 */
export async function startHostPayload(host: Partial<Config>, options: DuAn8PluginOptions = {}): Promise<TestContext> {
  const db = await createTestDatabase()
  // The plugin's upload folders are read once per process (cms/paths.ts): one folder for the file.
  process.env.MEDIA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-host-'))
  process.env.PRIVATE_FILES_DIR ??= path.join(process.env.MEDIA_DIR, 'private')
  const { buildConfig, getPayload } = await import('payload')
  const { duAn8Plugin } = await import('../../cms/plugin')
  const adapter =
    db.kind === 'postgres'
      ? (await import('@payloadcms/db-postgres')).postgresAdapter({ pool: { connectionString: db.uri } })
      : (await import('@payloadcms/db-sqlite')).sqliteAdapter({ client: { url: db.uri }, transactionOptions: {} })
  const config: Config = {
    secret: 'host-secret-for-tests',
    db: adapter,
    telemetry: false,
    ...host,
    plugins: [...(host.plugins ?? []), duAn8Plugin(options)],
  }
  // Keyed by the database as the product's test instances are, so tests/helpers/rest.ts finds it.
  const payload = await getPayload({ config: await buildConfig(config), key: db.uri })
  return {
    payload,
    db,
    mediaDir: process.env.MEDIA_DIR,
    close: async () => {
      await payload.destroy().catch(() => {})
      await db.drop()
    },
  }
}
