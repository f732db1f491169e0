import fs from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

/** Reading the shared seeded build (see siteGlobalSetup). */
export const clientDir = () => path.join(inject('siteDir'), 'client')
export const builtPage = (route: string) => fs.readFileSync(path.join(clientDir(), route, 'index.html'), 'utf8')
export const pageExists = (route: string) => fs.existsSync(path.join(clientDir(), route, 'index.html'))
export const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

/** Every file the build wrote, without the .br/.gz copies beside them (the same bytes, compressed). */
export function allBuiltFiles(dir = clientDir()): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? allBuiltFiles(path.join(dir, e.name)) : /\.(br|gz)$/.test(e.name) ? [] : [path.join(dir, e.name)]))
}

export const filesContaining = (needle: string) => allBuiltFiles().filter((file) => fs.readFileSync(file, 'utf8').includes(needle))
