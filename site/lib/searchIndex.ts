import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { allPublishedCampaigns } from './campaigns'
import { allPublishedPlanViews } from './plans'
import { indexEntries, type IndexedEntry, type SearchEntry } from './searchMatch'

/** Where the build writes the index, relative to its client folder (site/pages/tim-kiem/chi-muc.json.ts). */
export const SEARCH_INDEX_PATH = 'tim-kiem/chi-muc.json'
const MAX_TEXT = 20_000

/** Every published plan and campaign, as built into this version of the site. */
export async function buildSearchEntries(): Promise<SearchEntry[]> {
  const [plans, campaigns] = await Promise.all([allPublishedPlanViews(), allPublishedCampaigns()])
  return [
    ...plans.map((p) => ({
      url: `/ke-hoach/${p.slug}/`,
      title: p.title,
      kind: 'plan' as const,
      date: p.publishedAt,
      text: [p.documentNumber, p.summary, p.bodyText].filter(Boolean).join('\n').slice(0, MAX_TEXT),
    })),
    ...campaigns.map((c) => ({
      url: `/truyen-thong/${c.slug}/`,
      title: c.title,
      kind: 'campaign' as const,
      date: c.publishedAt,
      text: [c.summary, c.bodyText, ...c.themes.map((t) => t.name), ...c.communes.map((t) => t.name)].filter(Boolean).join('\n').slice(0, MAX_TEXT),
    })),
  ]
}

/** The build folder this code was bundled into: the one holding client/ and server/. */
async function builtIndexFile(): Promise<string | null> {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (dir !== path.dirname(dir)) {
    const candidate = path.join(dir, 'client', SEARCH_INDEX_PATH)
    if (await fs.stat(candidate).then(() => true, () => false)) return candidate
    dir = path.dirname(dir)
  }
  return null
}

let loaded: Promise<IndexedEntry[]> | undefined

/**
 * The search index of the build serving this request, so results always match the live pages
 * (a page is findable exactly when it is published on the site). `astro dev` has no build:
 * it indexes the data directly.
 */
export function loadSearchIndex(): Promise<IndexedEntry[]> {
  loaded ??= builtIndexFile()
    .then(async (file) => (file ? (JSON.parse(await fs.readFile(file, 'utf8')) as SearchEntry[]) : buildSearchEntries()))
    .then(indexEntries)
  loaded.catch(() => (loaded = undefined))
  return loaded
}
