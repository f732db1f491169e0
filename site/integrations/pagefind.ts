import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

import { SEARCH_INDEX_PATH } from '../lib/searchIndex'
import { RENDERER_BOOT_ENV } from './pageKeys'
import { pagefindRecord, type SearchEntry } from '../lib/searchMatch'

/**
 * Pagefind's index for the search without a server (/tim-kiem/), made from the same entries the
 * results page reads (the build's /tim-kiem/chi-muc.json) as custom records: one index for both
 * ways to search, no page parsed, and nothing hidden in the pages for it. The browser ranks what
 * Pagefind finds with the results page's own rules (site/lib/searchMatch.ts).
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'du-an-8/pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[RENDERER_BOOT_ENV] === '1') return
        const count = await writeSearchIndex(fileURLToPath(dir))
        logger.info(`Pagefind: ${count} mục đã được lập chỉ mục`)
      },
    },
  }
}

/**
 * Pagefind's files in `<client>/pagefind/`, from the entries the build wrote in
 * `<client>/tim-kiem/chi-muc.json`. The resident renderer calls it too, after a patch
 * (`outputDir` then is a fresh folder, moved into the patched build).
 */
export async function writeSearchIndex(clientDir: string, outputDir = path.join(clientDir, 'pagefind')): Promise<number> {
  const entries = JSON.parse(await fs.readFile(path.join(clientDir, SEARCH_INDEX_PATH), 'utf8')) as SearchEntry[]
  const { index, errors } = await createIndex({ forceLanguage: 'vi' })
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  for (const entry of entries) {
    const added = await index.addCustomRecord({ url: entry.url, language: 'vi', ...pagefindRecord(entry) })
    if (added.errors.length > 0) throw new Error(`Pagefind: ${entry.url}: ${added.errors.join('; ')}`)
  }
  await index.writeFiles({ outputPath: outputDir })
  await close()
  return entries.length
}
