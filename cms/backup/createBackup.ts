import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { databaseKind, sqliteBusyTimeoutMs, sqliteFile } from '../databaseLocation'
import { dataDir } from '../paths'
import { removedDir } from '../storage/removedFiles'
import { holdBackupLock } from './backupLock'
import { type Manifest, type ManifestFile, manifestName, sha256Of } from './manifest'
import { snapshotPostgres } from './postgresSnapshot'
import { snapshotSqlite } from './sqliteSnapshot'
import { fileNamesInRow, uploadFolders } from './uploadFolders'

export type BackupResult = { archive: string; manifest: Manifest; seconds: number }

export function tarTo(archive: string, dir: string, extract = false): Promise<void> {
  const args = extract ? ['-xzf', archive, '-C', dir] : ['-czf', archive, '-C', dir, '.']
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += String(d)))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar: ${stderr.trim()}`))))
  })
}

const wrongPlace =
  'kiểm tra DATABASE_URI và DATA_DIR. Trên máy chạy dịch vụ systemd, nạp cấu hình của nó trước: set -a; . /etc/du-an-8.env; set +a (check the settings; load the service environment first).'

const stamp = (date: Date) => date.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-')

/**
 * One archive with the database as of one moment, every file its rows name (from the live
 * folder, or set aside if the row was deleted since), the signing secret when it is kept in
 * data/, and a manifest of row counts and sha256 sums. Runs beside the servers.
 */
export async function createBackup(outDir: string, uri = process.env.DATABASE_URI, now = new Date()): Promise<BackupResult> {
  const started = performance.now()
  const kind = databaseKind(uri)
  if (kind === 'mongodb') throw new Error('Sao lưu MongoDB: dùng mongodump của máy chủ MongoDB (npm run backup handles SQLite and PostgreSQL).')
  if (kind === 'sqlite' && !fs.existsSync(sqliteFile(uri))) throw new Error(`Không có cơ sở dữ liệu ở ${sqliteFile(uri)}: ${wrongPlace}`)
  // Everything written here (the archive above all) is readable by its owner only, from the first byte.
  const umask = process.umask(0o077)
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 })
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'du-an-8-sao-luu-'))
  const release = holdBackupLock()
  try {
    const folders = uploadFolders()
    const tables = folders.map((f) => f.table)
    const databaseFile = kind === 'sqlite' ? 'database.sqlite' : 'database.pgdump'
    const snapshot =
      kind === 'sqlite'
        ? await snapshotSqlite(sqliteFile(uri), path.join(staging, databaseFile), tables, sqliteBusyTimeoutMs)
        : await snapshotPostgres(uri!, path.join(staging, databaseFile), tables)
    if (snapshot.migrations.length === 0) throw new Error(`Cơ sở dữ liệu này không phải của cổng (không có bảng payload_migrations): ${wrongPlace}`)

    const files: ManifestFile[] = []
    for (const folder of folders) {
      const target = path.join(staging, 'files', folder.collection)
      fs.mkdirSync(target, { recursive: true })
      const names = new Set((snapshot.uploadRows[folder.table] ?? []).flatMap(fileNamesInRow))
      for (const name of [...names].sort()) {
        const copy = path.join(target, name)
        // A deletion may move the file aside between any check and the copy: try both places.
        const copied = await fs.promises.copyFile(path.join(folder.dir, name), copy).then(
          () => true,
          () => fs.promises.copyFile(path.join(removedDir(folder.dir), name), copy).then(() => true, () => false),
        )
        if (!copied) throw new Error(`Tệp “${name}” của ${folder.collection} không còn trên đĩa: bản sao lưu dừng lại (a file the database names is missing).`)
        files.push({ collection: folder.collection, name, bytes: fs.statSync(copy).size, sha256: await sha256Of(copy) })
      }
    }
    const secretFile = path.join(dataDir, '.payload-secret')
    const secret = fs.existsSync(secretFile)
    if (secret) fs.copyFileSync(secretFile, path.join(staging, 'payload-secret'))

    const manifest: Manifest = {
      format: 1,
      createdAt: now.toISOString(),
      database: { kind, file: databaseFile, sha256: await sha256Of(snapshot.file), migrations: snapshot.migrations },
      tables: snapshot.tables,
      files,
      secret,
    }
    fs.writeFileSync(path.join(staging, manifestName), JSON.stringify(manifest, null, 2))
    const archive = path.join(outDir, `du-an-8-${stamp(now)}.tar.gz`)
    await tarTo(`${archive}.partial`, staging)
    fs.renameSync(`${archive}.partial`, archive)
    return { archive, manifest, seconds: (performance.now() - started) / 1000 }
  } finally {
    release()
    fs.rmSync(staging, { recursive: true, force: true })
    process.umask(umask)
  }
}
