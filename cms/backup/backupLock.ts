import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '../paths'
import { processAlive } from '../runtime/processAlive'

const lockFile = () => path.join(dataDir, '.backup-in-progress')


/**
 * While a backup copies files, no file is removed for good: deleted rows' files stay set aside
 * (the sweep removes them later), so every file the database snapshot names is still there to copy.
 */
export function backupInProgress(): boolean {
  try {
    const pid = Number(fs.readFileSync(lockFile(), 'utf8'))
    return Number.isInteger(pid) && processAlive(pid)
  } catch {
    return false
  }
}

export function holdBackupLock(): () => void {
  fs.mkdirSync(dataDir, { recursive: true })
  if (backupInProgress()) throw new Error('Một bản sao lưu khác đang chạy (another backup is running).')
  fs.writeFileSync(lockFile(), String(process.pid))
  return () => fs.rmSync(lockFile(), { force: true })
}
