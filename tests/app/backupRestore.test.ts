import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Manifest } from '../../cms/backup/manifest'
import { pngImage } from '../helpers/files'
import { startApp, type RunningApp } from '../helpers/runningApp'
import { freePort } from '../helpers/serveSite'
import { createTestDatabase } from '../helpers/testDatabase'

const admin = { email: 'quantri@example.test', password: 'mat-khau-quan-tri-sao-luu' }
const databases = ['sqlite', ...(process.env.TEST_POSTGRES_URI ? ['postgres'] : [])]

/** `npm run <script>` as a user runs it, with the app's data places; resolves with its exit code and output. */
function npmRun(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const { DATABASE_URI: _d, DATA_DIR: _a, MEDIA_DIR: _m, PRIVATE_FILES_DIR: _p, ...inherited } = process.env
    const child = spawn('npm', ['run', '-s', script, '--', ...args], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += String(d)))
    child.stderr.on('data', (d) => (output += String(d)))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const visible = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => !n.startsWith('.')).sort() : [])

async function tableCounts(uri: string | undefined, sqliteFile: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  if (uri?.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    for (const { tablename } of (await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).rows) {
      counts[tablename] = Number((await client.query(`SELECT count(*) AS n FROM "${tablename}"`)).rows[0].n)
    }
    await client.end()
    return counts
  }
  const client = createClient({ url: `file:${sqliteFile}` })
  for (const row of (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).rows) {
    counts[String(row.name)] = Number((await client.execute(`SELECT count(*) AS n FROM "${String(row.name)}"`)).rows[0]!.n)
  }
  client.close()
  return counts
}

describe.each(databases)('npm run backup while npm start writes, then npm run restore, on %s', (kind) => {
  let app: RunningApp
  let token: string
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'du-an-8-sao-luu-test-'))
  beforeAll(async () => {
    const database = kind === 'postgres' ? (await createTestDatabase('postgres')).uri : undefined
    app = await startApp({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, CONTEST_SUBMISSIONS_PER_HOUR: '1000', ...(database ? { DATABASE_URI: database } : {}) })
    const login = await fetch(`${app.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    token = ((await login.json()) as { token: string }).token
  }, 600_000)
  afterAll(async () => {
    await app?.stop()
    fs.rmSync(work, { recursive: true, force: true })
  }, 60_000)

  it('takes a consistent snapshot during writes and restores every row and file of it into a fresh place', async () => {
    const photo = await pngImage(400, 300)
    const upload = async (i: number) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/png' }), `sao-luu-${i}.png`)
      form.append('_payload', JSON.stringify({ alt: `Ảnh sao lưu ${i}` }))
      const res = await fetch(`${app.cmsUrl}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
      expect(res.status, `${await res.clone().text()}\n${app.log().slice(-3000)}`).toBe(201)
      return ((await res.json()) as { doc: { id: number } }).doc.id
    }
    const ids = await Promise.all([0, 1, 2, 3, 4, 5].map(upload))

    // Uploads and deletions go on for as long as the backup runs.
    let writing = true
    let written = 0
    const writer = (async () => {
      for (let i = 100; writing; i++) {
        const id = await upload(i)
        const victim = ids.shift()
        if (victim) {
          const removed = await fetch(`${app.cmsUrl}/api/media/${victim}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
          expect(removed.status, `${await removed.text()}\n${app.log().slice(-3000)}`).toBe(200)
        }
        ids.push(id)
        written++
      }
    })()
    const backup = await npmRun('backup', ['--out', path.join(work, 'backups')], app.env)
    writing = false
    await writer
    expect(backup.output).toContain('Đã sao lưu')
    expect(backup.code).toBe(0)
    expect(written).toBeGreaterThan(0)
    const archive = backup.output.match(/(\/\S+\.tar\.gz)/)![1]!
    expect(fs.statSync(archive).mode & 0o077).toBe(0) // private data: readable by its owner only
    execFileSync('tar', ['-xzf', archive, '-C', work, './manifest.json'])
    const manifest = JSON.parse(fs.readFileSync(path.join(work, 'manifest.json'), 'utf8')) as Manifest
    expect(manifest.tables.media).toBeGreaterThanOrEqual(6)
    expect(manifest.files.filter((f) => f.collection === 'media').length).toBeGreaterThanOrEqual(manifest.tables.media!)

    // A fresh place: its own data folder, media folder and (on PostgreSQL) database.
    const fresh = path.join(work, 'fresh')
    const target = kind === 'postgres' ? (await createTestDatabase('postgres')).uri : undefined
    const restoreEnv = { DATA_DIR: path.join(fresh, 'data'), MEDIA_DIR: path.join(fresh, 'media'), CMS_PORT: String(await freePort()), SITE_PORT: String(await freePort()), HOST: '127.0.0.1', ...(target ? { DATABASE_URI: target } : {}) }
    const restored = await npmRun('restore', [archive], restoreEnv)
    expect(restored.output).toContain('Đã khôi phục')
    expect(restored.code).toBe(0)

    // Checked here independently of the restore's own check: every row count and every file.
    expect(await tableCounts(target, path.join(fresh, 'data', 'du-an-8.db'))).toEqual(manifest.tables)
    const dirs: Record<string, string> = { media: path.join(fresh, 'media'), 'private-files': path.join(fresh, 'data', 'private-files') }
    for (const [collection, dir] of Object.entries(dirs)) {
      const expected = manifest.files.filter((f) => f.collection === collection)
      expect(visible(dir)).toEqual(expected.map((f) => f.name).sort())
      for (const file of expected) expect(sha256(path.join(dir, file.name))).toBe(file.sha256)
    }
    const seconds = restored.output.match(/([\d.]+) s/)?.[1]
    console.log(`${kind}: backup during ${written} upload+delete pairs: ${Object.values(manifest.tables).reduce((a, b) => a + b, 0)} rows, ${manifest.files.length} files; ${backup.output.match(/([\d.]+) s/)?.[1]} s to back up, ${seconds} s to restore`)

    // Over a place that has data, only with --replace; a damaged archive changes nothing.
    const again = await npmRun('restore', [archive], restoreEnv)
    expect(again.code).toBe(1)
    expect(again.output).toContain('Nơi khôi phục đã có dữ liệu')
    const damaged = path.join(work, 'hong.tar.gz')
    const unpacked = path.join(work, 'unpacked')
    fs.mkdirSync(unpacked)
    execFileSync('tar', ['-xzf', archive, '-C', unpacked])
    const someFile = path.join(unpacked, 'files', 'media', manifest.files.find((f) => f.collection === 'media')!.name)
    fs.appendFileSync(someFile, 'hỏng')
    execFileSync('tar', ['-czf', damaged, '-C', unpacked, '.'])
    const before = visible(dirs.media!)
    const refused = await npmRun('restore', [damaged, '--replace'], restoreEnv)
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('không khớp sha256')
    expect(visible(dirs.media!)).toEqual(before)

    // With --replace, over the place just restored: what was there is kept beside it.
    const replaced = await npmRun('restore', [archive, '--replace'], restoreEnv)
    expect(replaced.code, replaced.output).toBe(0)
    const kept = kind === 'postgres' ? fs.readdirSync(path.dirname(archive)).filter((n) => /^before-restore-.*\.pgdump$/.test(n)) : fs.readdirSync(path.join(fresh, 'data')).filter((n) => n.startsWith('du-an-8.db.before-restore-'))
    expect(kept.length).toBeGreaterThan(0)
    expect(fs.readdirSync(fresh).filter((n) => n.startsWith('media.before-restore-'))).toHaveLength(1)
    expect(visible(dirs.media!)).toEqual(before)
  }, 300_000)
})
