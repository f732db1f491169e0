import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { databaseKind, sqliteFile } from '../databaseLocation'
import { dataDir } from '../paths'
import { type Manifest, manifestName, sha256Of } from './manifest'
import { describePostgres, dumpPostgres, restorePostgres } from './postgresSnapshot'
import { tarTo } from './createBackup'
import { describeSqlite } from './sqliteSnapshot'
import { uploadFolders } from './uploadFolders'

export type RestoreResult = { manifest: Manifest; rows: number; files: number; seconds: number }

export class RestoreRefused extends Error {}

const visibleEntries = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => !n.startsWith('.')) : [])
const stamp = () => new Date().toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '')

async function verifyFiles(manifest: Manifest, dirOf: (collection: string) => string, where: string): Promise<void> {
  for (const file of manifest.files) {
    const at = path.join(dirOf(file.collection), file.name)
    if (!fs.existsSync(at)) throw new RestoreRefused(`${where}: thiếu tệp ${file.collection}/${file.name} (missing file).`)
    if ((await sha256Of(at)) !== file.sha256) throw new RestoreRefused(`${where}: tệp ${file.collection}/${file.name} không khớp sha256 (file damaged).`)
  }
}

function compareCounts(expected: Record<string, number>, actual: Record<string, number>): void {
  const differences = Object.keys({ ...expected, ...actual }).filter((t) => expected[t] !== actual[t])
  if (differences.length) {
    throw new RestoreRefused(`Số dòng sau khi khôi phục không khớp bản kê (row counts differ): ${differences.map((t) => `${t} ${actual[t] ?? 0}/${expected[t] ?? 0}`).join(', ')}`)
  }
}

/**
 * Restores an archive made by createBackup into the database DATABASE_URI names and the upload
 * folders: every file is checked against the manifest before anything is touched, what was
 * there is kept beside it (…before-restore-<time>) when `replace` allows writing over it, and
 * the restored rows and files are checked against the manifest again at the end.
 */
export async function restoreBackup(archive: string, options: { uri?: string; replace?: boolean } = {}): Promise<RestoreResult> {
  const started = performance.now()
  const uri = options.uri ?? process.env.DATABASE_URI
  const kind = databaseKind(uri)
  if (!fs.existsSync(archive)) throw new RestoreRefused(`Không có tệp sao lưu ${archive} (no such file).`)
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'du-an-8-khoi-phuc-'))
  try {
    await tarTo(archive, staging, true).catch((error: Error) => {
      throw new RestoreRefused(`Không đọc được tệp sao lưu (unreadable archive): ${error.message}`)
    })
    const manifest = JSON.parse(fs.readFileSync(path.join(staging, manifestName), 'utf8')) as Manifest
    if (manifest.format !== 1) throw new RestoreRefused(`Bản sao lưu dạng ${manifest.format} không được hỗ trợ.`)
    if (manifest.database.kind !== kind) {
      throw new RestoreRefused(`Bản sao lưu là của ${manifest.database.kind}, còn DATABASE_URI chỉ tới ${kind}: không khôi phục chéo được.`)
    }
    const dumped = path.join(staging, manifest.database.file)
    if ((await sha256Of(dumped)) !== manifest.database.sha256) throw new RestoreRefused('Tệp cơ sở dữ liệu trong bản sao lưu không khớp sha256 (damaged archive).')
    await verifyFiles(manifest, (c) => path.join(staging, 'files', c), 'Bản sao lưu')

    const folders = uploadFolders()
    const tables = folders.map((f) => f.table)
    const occupied = folders.filter((f) => visibleEntries(f.dir).length > 0).map((f) => f.dir)
    const targetFile = kind === 'sqlite' ? sqliteFile(uri) : undefined
    const databaseInUse = kind === 'sqlite' ? fs.existsSync(targetFile!) && fs.statSync(targetFile!).size > 0 : Object.keys((await describePostgres(uri!, [])).tables).length > 0
    if (!options.replace && (databaseInUse || occupied.length)) {
      throw new RestoreRefused(
        `Nơi khôi phục đã có dữ liệu (${[databaseInUse ? (targetFile ?? 'cơ sở dữ liệu') : '', ...occupied].filter(Boolean).join(', ')}). ` +
          'Dừng npm start rồi chạy lại với --replace: dữ liệu cũ được giữ lại bên cạnh (…before-restore-…; trên PostgreSQL là tệp before-restore-….pgdump cạnh tệp sao lưu).',
      )
    }

    const aside = `before-restore-${stamp()}`
    if (kind === 'sqlite') {
      const incoming = `${targetFile}.restoring`
      fs.copyFileSync(dumped, incoming)
      // The write-ahead log holds the latest commits of the old file: it goes aside with it.
      for (const suffix of ['', '-wal', '-shm']) {
        if (fs.existsSync(`${targetFile}${suffix}`)) fs.renameSync(`${targetFile}${suffix}`, `${targetFile}.${aside}${suffix}`)
      }
      fs.renameSync(incoming, targetFile!)
    } else {
      if (databaseInUse) await dumpPostgres(uri!, path.join(path.dirname(path.resolve(archive)), `${aside}.pgdump`))
      await restorePostgres(uri!, dumped)
    }
    for (const folder of folders) {
      if (fs.existsSync(folder.dir) && fs.readdirSync(folder.dir).length > 0) fs.renameSync(folder.dir, `${folder.dir}.${aside}`)
      fs.mkdirSync(folder.dir, { recursive: true })
      for (const file of manifest.files.filter((f) => f.collection === folder.collection)) {
        fs.copyFileSync(path.join(staging, 'files', folder.collection, file.name), path.join(folder.dir, file.name))
      }
    }
    const secretFile = path.join(dataDir, '.payload-secret')
    if (manifest.secret) {
      if (fs.existsSync(secretFile)) fs.renameSync(secretFile, `${secretFile}.${aside}`)
      fs.copyFileSync(path.join(staging, 'payload-secret'), secretFile)
      fs.chmodSync(secretFile, 0o600)
    }

    const restored = kind === 'sqlite' ? await describeSqlite(targetFile!, tables) : await describePostgres(uri!, tables)
    compareCounts(manifest.tables, restored.tables)
    await verifyFiles(manifest, (c) => folders.find((f) => f.collection === c)!.dir, 'Sau khi khôi phục')
    const rows = Object.values(restored.tables).reduce((a, b) => a + b, 0)
    return { manifest, rows, files: manifest.files.length, seconds: (performance.now() - started) / 1000 }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
