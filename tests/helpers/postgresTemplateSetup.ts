import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { testDatabasePrefix } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL database migrated once, that each CMS test file's database is copied from. */
    postgresTemplate?: string
  }
}

/**
 * Migrating a fresh PostgreSQL database takes seconds of DDL, and each CMS test file needs one:
 * they are migrated once here, with Payload's own `migrate` command as an install is, and copied
 * (CREATE DATABASE … TEMPLATE) for each file. Dropped with the others by postgresGlobalSetup.
 */
export default async function setup(project: TestProject) {
  const server = process.env.TEST_POSTGRES_URI
  if (!server) return
  const name = `${testDatabasePrefix()}template_${crypto.randomBytes(4).toString('hex')}`
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const uri = new URL(server)
  uri.pathname = `/${name}`
  const root = path.resolve(import.meta.dirname, '..', '..')
  const migrate = spawnSync(process.execPath, [path.join(root, 'node_modules', 'payload', 'bin.js'), 'migrate'], {
    cwd: root,
    env: { ...process.env, DATABASE_URI: uri.toString(), PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', PAYLOAD_SECRET: 'test-template-secret', PAYLOAD_DISABLE_JOBS: '1' },
    encoding: 'utf8',
  })
  if (migrate.status !== 0) throw new Error(`Migrating the PostgreSQL template failed:\n${migrate.stdout}\n${migrate.stderr}`)
  project.provide('postgresTemplate', name)
}
