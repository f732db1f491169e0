import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname
const alias = { '@payload-config': path.join(root, 'cms', 'payload.config.ts') }

/**
 * One `npm test`: the CMS suite on SQLite always, and again on PostgreSQL when TEST_POSTGRES_URI
 * names a server (CI starts one); the built site with its browser tests; and the whole product
 * started as `npm start`. MongoDB is refused for reporting (cms/database.ts): no MongoDB suite.
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
if (process.env.TEST_POSTGRES_URI) projects.push(cmsProject('cms-postgres', { TEST_DB: 'postgres' }, ['tests/helpers/postgresGlobalSetup.ts']))

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
      // Each file starts the whole product itself (free ports, its own data): it needs no shared
      // build, so it runs beside the site project on the other core instead of after it.
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
