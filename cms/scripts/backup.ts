import path from 'node:path'

import { createBackup } from '../backup/createBackup'
import { rootDir } from '../paths'

// npm run backup [-- --out <folder>]: safe while npm start runs.
const at = process.argv.indexOf('--out')
const outDir = path.resolve(rootDir, at > 0 ? process.argv[at + 1]! : (process.env.BACKUP_DIR ?? 'backups'))
try {
  const { archive, manifest, seconds } = await createBackup(outDir)
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0)
  const bytes = manifest.files.reduce((a, f) => a + f.bytes, 0)
  console.log(`Đã sao lưu / backed up: ${archive}`)
  console.log(`  ${rows} dòng trong ${Object.keys(manifest.tables).length} bảng, ${manifest.files.length} tệp (${(bytes / 1048576).toFixed(1)} MB), ${seconds.toFixed(1)} s`)
  console.log('  Tệp này chứa dữ liệu riêng tư (số liệu nạn nhân, người gửi bài): cất ở nơi chỉ quản trị viên đọc được.')
} catch (error) {
  console.error(`Sao lưu không thành công / backup failed: ${(error as Error).message}`)
  process.exitCode = 1
}
