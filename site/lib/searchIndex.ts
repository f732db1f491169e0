import { readBuiltFile } from './builtFile'
import { indexEntries, type IndexedEntry, type SearchEntry } from './searchMatch'
import { perBuild } from './perBuild'

/** Where the build writes the index, relative to its client folder (site/pages/tim-kiem/chi-muc.json.ts). */
export const SEARCH_INDEX_PATH = 'tim-kiem/chi-muc.json'

/**
 * The search index of the build serving this request, so results always match the live pages
 * (a page is findable exactly when it is published on the site). `astro dev` has no build: it
 * indexes the data directly; only then are the CMS queries loaded.
 */
export const loadSearchIndex: () => Promise<IndexedEntry[]> = perBuild(() =>
  readBuiltFile<SearchEntry[]>(SEARCH_INDEX_PATH)
    .then(async (entries) => entries ?? (await import('./searchEntries')).buildSearchEntries())
    .then(indexEntries),
)
