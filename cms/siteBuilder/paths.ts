import path from 'node:path'

import { rootDir } from '../paths'

/**
 * Each build goes to its own folder under .site-builds/; `current` links to the live one and
 * `previous` to the one before it. It stays inside the project: the server bundle imports its
 * dependencies from node_modules by name.
 */
export const defaultBuildsDir = path.join(rootDir, '.site-builds')

export const buildLinks = (buildsDir: string) => ({
  current: path.join(buildsDir, 'current'),
  previous: path.join(buildsDir, 'previous'),
})
