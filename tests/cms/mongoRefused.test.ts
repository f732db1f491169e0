import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { databaseAdapter, mongoRefusedForReporting } from '../../cms/database'

/** Progress on MongoDB is unproven, so an install that reports refuses it instead of publishing other numbers. */
// Nothing here touches the test's database: once, in the SQLite project, is enough.
describe.skipIf(process.env.TEST_DB === 'postgres')('MongoDB and reporting', () => {
  it('refuses MongoDB when reporting is on, saying why and what to use instead', async () => {
    await expect(databaseAdapter('mongodb://127.0.0.1:9/du-an-8')).rejects.toThrow(mongoRefusedForReporting)
    expect(mongoRefusedForReporting).toContain('chưa được kiểm chứng bằng với SQLite và PostgreSQL')
    expect(mongoRefusedForReporting).toContain('file:… (SQLite) hoặc postgres://… (PostgreSQL)')
  })

  it('still gives a host without reporting its MongoDB adapter', async () => {
    const adapter = await databaseAdapter('mongodb://127.0.0.1:9/du-an-8', { reporting: false })
    expect(adapter.name).toBe('mongoose')
  })

  it('stops `npm start` before it serves anything, with the reason', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-mongo-'))
    try {
      const run = spawnSync(process.execPath, ['cms/runtime/run.mjs', 'start'], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, DATABASE_URI: 'mongodb://127.0.0.1:9/du-an-8', DATA_DIR: dataDir, CMS_PORT: '39871', SITE_PORT: '39872', PAYLOAD_SECRET: 'test-secret-for-mongo-refusal' },
      })
      expect(run.status).not.toBe(0)
      expect(run.stdout + run.stderr).toContain('MongoDB chưa dùng được cho báo cáo chỉ số và tổng hợp tiến độ')
      expect(run.stdout).not.toContain('Sẵn sàng')
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }, 150_000)
})
