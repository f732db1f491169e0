import path from 'node:path'

import { rootDir } from '../paths'

/**
 * Each build goes to its own folder under .site-builds/; `current` links to the live one and
 * `previous` to the one before it. It stays inside the project: the server bundle imports its
 * dependencies from node_modules by name.
 */
export const defaultBuildsDir = configuredBuildsDir()

function configuredBuildsDir(): string {
  const dir = path.resolve(rootDir, process.env.SITE_BUILDS_DIR ?? '.site-builds')
  if (!dir.startsWith(rootDir + path.sep)) {
    throw new Error(`SITE_BUILDS_DIR phải nằm trong thư mục dự án / must be inside the project: ${dir}`)
  }
  return dir
}

export const buildLinks = (buildsDir: string) => ({
  current: path.join(buildsDir, 'current'),
  previous: path.join(buildsDir, 'previous'),
})

/** What successive builds of one builds folder reuse: compressed files (and Astro's own cache). */
export const buildCacheDir = (buildsDir: string) => path.join(buildsDir, 'cache')
