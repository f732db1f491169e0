import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * A file this build wrote into its client folder (a prerendered endpoint), read by the pages the
 * node server renders on request: they then show exactly what the live build shows, without
 * loading the CMS. Found from the folder this code was bundled into (the one holding client/ and
 * server/); null under `astro dev`, which has no build.
 */
export async function readBuiltFile<T>(relativePath: string): Promise<T | null> {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (dir !== path.dirname(dir)) {
    const candidate = path.join(dir, 'client', relativePath)
    const text = await fs.readFile(candidate, 'utf8').catch(() => null)
    if (text !== null) return JSON.parse(text) as T
    dir = path.dirname(dir)
  }
  return null
}
