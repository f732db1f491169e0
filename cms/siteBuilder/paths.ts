import path from 'node:path'

import { rootDir } from '../paths'

/**
 * Each build goes to its own folder under .site-builds/; `current` is a symlink to the live one.
 * It stays inside the project: the server bundle imports its dependencies from node_modules by name.
 */
export const buildsDir = path.join(rootDir, '.site-builds')
export const currentLink = path.join(buildsDir, 'current')
export const previousLink = path.join(buildsDir, 'previous')
