import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

import { SEARCH_INDEX_PATH } from '../lib/searchIndex'
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
        const outDir = fileURLToPath(dir)
        const entries = JSON.parse(await fs.readFile(path.join(outDir, SEARCH_INDEX_PATH), 'utf8')) as SearchEntry[]
        const { index, errors } = await createIndex({ forceLanguage: 'vi' })
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
        for (const entry of entries) {
          const added = await index.addCustomRecord({ url: entry.url, language: 'vi', ...pagefindRecord(entry) })
          if (added.errors.length > 0) throw new Error(`Pagefind: ${entry.url}: ${added.errors.join('; ')}`)
        }
        await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
        await close()
        logger.info(`Pagefind: ${entries.length} mục đã được lập chỉ mục`)
      },
    },
  }
}
