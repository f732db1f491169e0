import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { inject } from 'vitest'

import { createTestDatabase, type TestDatabase } from './testDatabase'

export type TestContext = { payload: Payload; db: TestDatabase; mediaDir: string; close: () => Promise<void> }

/**
 * Payload's Local API on a database of its own, migrated exactly as production is (no schema
 * push). The environment is set before the config is imported, because the config reads it.
 */
export async function startTestPayload(options: { seed?: boolean } = {}): Promise<TestContext> {
  const db = await createTestDatabase(undefined, inject('postgresTemplate'))
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-media-'))
  process.env.DATABASE_URI = db.uri
  process.env.MEDIA_DIR = mediaDir
  process.env.PRIVATE_FILES_DIR = path.join(mediaDir, 'private')
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
  process.env.ADMIN_PASSWORD ??= 'mat-khau-quan-tri-thu-nghiem'
  const { default: config } = await import('../../cms/payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: db.uri })
  const { migrationsForDatabase } = await import('../../cms/migrations')
  await payload.db.migrate({ migrations: await migrationsForDatabase() })
  if (options.seed) {
    const { seed } = await import('../../cms/seed')
    await seed(payload, () => {})
  }
  return {
    payload,
    db,
    mediaDir,
    close: async () => {
      await payload.destroy().catch(() => {})
      await db.drop()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
