import crypto from 'node:crypto'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname
// Names this run's PostgreSQL test databases (tests/helpers/testDatabase.ts); set before workers start.
process.env.DUAN8_TEST_RUN ??= crypto.randomBytes(3).toString('hex')
const alias = { '@payload-config': path.join(root, 'cms', 'payload.config.ts') }

/**
 * One `npm test`: the CMS suite on SQLite always, and again on PostgreSQL when TEST_POSTGRES_URI
 * names a server (CI starts one); the built site with its browser tests; and the whole product
 * started as `npm start`. MongoDB is refused for reporting (cms/database.ts): no MongoDB suite.
 * `npm test` (tests/run.mjs) runs the CMS projects in one vitest process and the site and app
 * projects in another, side by side.
 */
const cmsProject = (name: string, env: Record<string, string>, globalSetup: string[] = []) => ({
  resolve: { alias },
  test: {
    name,
    globalSetup,
    include: ['tests/collections/**/*.test.ts', 'tests/cms/**/*.test.ts'],
    env,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})

const projects = [cmsProject('cms-sqlite', { TEST_DB: 'sqlite' })]
if (process.env.TEST_POSTGRES_URI) projects.push(cmsProject('cms-postgres', { TEST_DB: 'postgres' }, ['tests/helpers/postgresGlobalSetup.ts', 'tests/helpers/postgresTemplateSetup.ts']))

export default defineConfig({
  test: {
    pool: 'forks',
    isolate: true,
    maxWorkers: 2,
    projects: [
      ...projects,
      {
        resolve: { alias },
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/siteGlobalSetup.ts', 'tests/helpers/postgresGlobalSetup.ts'],
          env: { TEST_DB: 'sqlite' },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      // Each file starts the whole product itself (free ports, its own data), one at a time;
      // tests/run.mjs runs this chain and the site's beside the CMS suites, on the other core.
      {
        resolve: { alias },
        test: {
          name: 'app',
          include: ['tests/app/**/*.test.ts'],
          globalSetup: ['tests/helpers/postgresGlobalSetup.ts'],
          env: { TEST_DB: 'sqlite' },
          testTimeout: 120_000,
          hookTimeout: 480_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
