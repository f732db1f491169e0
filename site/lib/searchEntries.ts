import { allPublishedCampaigns } from './campaigns'
import { allPublishedPlanViews } from './plans'
import type { SearchEntry } from './searchMatch'

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
