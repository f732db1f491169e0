import rss from '@astrojs/rss'
import type { APIContext } from 'astro'

import { allPublishedCampaigns } from '../lib/campaigns'
import { listPublishedPlans } from '../lib/plans'
import { getSiteSettings } from '../lib/settings'

/** Newest campaigns and plans, for readers and aggregators (e.g. the province's portal). */
export async function GET(context: APIContext) {
  const [settings, campaigns, plans] = await Promise.all([getSiteSettings(), allPublishedCampaigns(), listPublishedPlans(50)])
  const items = [
    ...campaigns.map((c) => ({ title: c.title, description: c.summary, pubDate: c.publishedAt, link: `/truyen-thong/${c.slug}/` })),
    ...plans.map((p) => ({ title: p.title, description: p.summary, pubDate: p.publishedAt, link: `/ke-hoach/${p.slug}/` })),
  ]
    .filter((item) => item.pubDate)
    .sort((a, b) => Date.parse(b.pubDate!) - Date.parse(a.pubDate!))
    .slice(0, 50)
    .map((item) => ({ ...item, pubDate: new Date(item.pubDate!) }))
  return rss({
    title: settings.portalName,
    description: settings.description || settings.portalName,
    site: context.site!,
    items,
    customData: '<language>vi</language>',
  })
}
