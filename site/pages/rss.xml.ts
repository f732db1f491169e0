import rss from '@astrojs/rss'
import type { APIContext } from 'astro'

import { allPublishedCampaigns } from '../lib/campaigns'
import { allPublishedCourses } from '../lib/courses'
import { listPublishedPlans } from '../lib/plans'
import { getSiteSettings } from '../lib/settings'

/** Newest campaigns, plans and courses, for readers and aggregators (e.g. the province's portal). */
export async function GET(context: APIContext) {
  const [settings, campaigns, plans, courses] = await Promise.all([getSiteSettings(), allPublishedCampaigns(), listPublishedPlans(50), allPublishedCourses()])
  const items = [
    ...campaigns.map((c) => ({ title: c.title, description: c.summary, pubDate: c.publishedAt, link: `/truyen-thong/${c.slug}/` })),
    ...plans.map((p) => ({ title: p.title, description: p.summary, pubDate: p.publishedAt, link: `/ke-hoach/${p.slug}/` })),
    ...courses.map((c) => ({ title: c.title, description: c.summary, pubDate: c.publishedAt, link: c.url })),
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
