import fs from 'node:fs'
import path from 'node:path'

/**
 * Runtime paths come from the working directory (or APP_ROOT), never from import.meta.url:
 * Vite and Next bundle this config, and a bundled import.meta.url points into the build folder.
 */
function findRoot(): string {
  if (process.env.APP_ROOT) return path.resolve(process.env.APP_ROOT)
  const cwd = process.cwd()
  // `next start cms` may run with cms/ as its working directory.
  if (path.basename(cwd) === 'cms' && fs.existsSync(path.join(cwd, '..', 'package.json'))) {
    return path.dirname(cwd)
  }
  return cwd
}

export const rootDir = findRoot()
export const dataDir = path.resolve(rootDir, process.env.DATA_DIR ?? 'data')
export const mediaDir = path.resolve(rootDir, process.env.MEDIA_DIR ?? 'media')
/** Entry files and report evidence: never under the public media folder. */
export const privateFilesDir = path.resolve(rootDir, process.env.PRIVATE_FILES_DIR ?? path.join(process.env.DATA_DIR ?? 'data', 'private-files'))
export const cmsDir = path.join(rootDir, 'cms')
export const migrationsDir = (dialect: 'sqlite' | 'postgres') => path.join(cmsDir, 'migrations', dialect)
export const defaultSqliteFile = path.join(dataDir, 'du-an-8.db')
