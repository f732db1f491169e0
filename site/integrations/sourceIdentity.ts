import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/** What the site's pages are made from: its code, the CMS code it imports, its config and the locked dependencies. */
const sourceFolders = ['site', 'cms', 'collections', 'media']
const sourceFiles = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json']
const sourceExtensions = new Set(['.ts', '.tsx', '.astro', '.mjs', '.js', '.json', '.css', '.svg'])

/**
 * A hash of the source a build renders with. A patch renders with code loaded when the resident
 * renderer started; it may only patch a build made from the same source, or pages made by two
 * versions of the code would stand side by side.
 */
export async function sourceIdentity(root: string): Promise<string> {
  const files = [...sourceFiles]
  // Folders whose name starts with a dot hold build output (cms/.next), not source.
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await fs.readdir(path.join(root, folder), { withFileTypes: true }).catch(() => [])) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(file)
      else if (entry.isFile() && sourceExtensions.has(path.extname(entry.name))) files.push(file)
    }
  }
  for (const folder of sourceFolders) await walk(folder)
  const hash = createHash('sha256')
  for (const file of files.sort()) {
    hash.update(file).update('\0')
    hash.update(await fs.readFile(path.join(root, file)).catch(() => Buffer.alloc(0))).update('\0')
  }
  return hash.digest('base64url')
}
