import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

/**
 * Indexes the built pages with Pagefind (as Starlight does) so /tim-kiem/ searches without a
 * server. Only elements marked data-pagefind-body (plans and campaigns) are indexed.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'du-an-8/pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await createIndex({ forceLanguage: 'vi' })
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
        const outDir = fileURLToPath(dir)
        const { page_count } = await index.addDirectory({ path: outDir })
        await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
        await close()
        logger.info(`Pagefind: ${page_count} trang đã được lập chỉ mục`)
      },
    },
  }
}
