import path from 'node:path'

import { rootDir } from '../paths'

/** Each build goes to its own folder under .site-builds/; `current` is a symlink to the live one. */
export const buildsDir = path.resolve(rootDir, process.env.SITE_BUILDS_DIR ?? '.site-builds')
export const currentLink = path.join(buildsDir, 'current')
export const previousLink = path.join(buildsDir, 'previous')
