import type { Campaign } from '../../cms/payload-types'
import { audienceOptions, channelOptions, languageOptions } from '../../collections/Campaigns/options'
import { slugify } from '../../collections/fields/slugify'
import { imagesAndFiles, type FileView, type ImageView } from './media'
import { findPublished } from './payload'
import { richTextToHTML, richTextToPlainText } from './richText'
import { seoView, type SeoView } from './seo'
import { fromSnapshotOr } from './snapshot'
import { perBuild } from './perBuild'
import { immutableView } from './cacheKey'

export type Term = { slug: string; name: string }

export type CampaignSummary = {
  slug: string
  title: string
  summary: string
  publishedAt: string | null
  themes: Term[]
  communes: Term[]
  image: ImageView | null
}

export type CampaignView = CampaignSummary & {
  bodyHTML: string
  bodyText: string
  channels: string[]
  audience: string[]
  languages: string[]
  startDate: string | null
  endDate: string | null
  gallery: ImageView[]
  files: FileView[]
  reach: { sessions: number | null; female: number | null; male: number | null }
  seo: SeoView
}

// "Xã Cán Khê" is filed under /truyen-thong/xa/can-khe/: the folder already says "xã".
const withoutUnitPrefix = (name: string) => name.replace(/^(xã|phường|thị trấn|huyện|tỉnh)\s+/i, '')

function terms<T extends { name: string; slug?: string | null }>(values: (number | T)[] | null | undefined): Term[] {
  return (values ?? []).flatMap((v) =>
    typeof v === 'object' ? [{ name: v.name, slug: v.slug || slugify(withoutUnitPrefix(v.name)) }] : [],
  )
}

export function toCampaignView(doc: Campaign, labels: OptionLabels): CampaignView {
  const { images, files } = imagesAndFiles(doc.gallery)
  return {
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    summary: doc.summary ?? '',
    publishedAt: doc.publishedAt ?? null,
    themes: terms(doc.themes),
    communes: terms(doc.orgUnits),
    image: images[0] ?? null,
    bodyHTML: richTextToHTML(doc.body),
    bodyText: richTextToPlainText(doc.body),
    channels: (doc.channels ?? []).map((c) => labels.channels[c] ?? c),
    audience: (doc.audience ?? []).map((a) => labels.audience[a] ?? a),
    languages: (doc.languages ?? []).map((l) => labels.languages[l] ?? l),
    startDate: doc.startDate ?? null,
    endDate: doc.endDate ?? null,
    gallery: images,
    files,
    reach: { sessions: doc.reach?.sessions ?? null, female: doc.reach?.participantsFemale ?? null, male: doc.reach?.participantsMale ?? null },
    seo: seoView(doc.meta, { title: doc.title, description: doc.summary ?? '', image: images[0] ?? null }),
  }
}

export type OptionLabels = Record<'channels' | 'audience' | 'languages', Record<string, string>>

const toMap = (options: { value: string; label: { vi: string } }[]) => Object.fromEntries(options.map((o) => [o.value, o.label.vi]))

/** The Vietnamese labels of the campaign's select fields, from the collection's own option lists. */
export const optionLabels: OptionLabels = {
  channels: toMap(channelOptions),
  audience: toMap(audienceOptions),
  languages: toMap(languageOptions),
}

/** Published campaigns only, read with the public's access rules, newest first. */
export async function loadPublishedCampaignDocs(): Promise<Campaign[]> {
  return findPublished('campaigns', '-publishedAt')
}

/** Every published campaign as the site shows it; read once per build and shared by all pages. */
/** Views of documents the resident renderer kept from the previous patch are kept too, and hashed once (site/lib/cacheKey.ts). */
const viewsByDoc = new WeakMap<Campaign, CampaignView>()
const viewOf = (doc: Campaign) => {
  let view = viewsByDoc.get(doc)
  if (!view) viewsByDoc.set(doc, (view = immutableView(toCampaignView(doc, optionLabels))))
  return view
}

export const allPublishedCampaigns: () => Promise<CampaignView[]> = perBuild(() =>
  fromSnapshotOr('campaigns', loadPublishedCampaignDocs).then((docs) => docs.map(viewOf)),
)

/** The terms (themes or communes) used by at least one published campaign, with their campaigns. */
export function groupBy(campaigns: CampaignView[], key: 'themes' | 'communes'): { term: Term; campaigns: CampaignView[] }[] {
  const groups = new Map<string, { term: Term; campaigns: CampaignView[] }>()
  for (const campaign of campaigns) {
    for (const term of campaign[key]) {
      const group = groups.get(term.slug) ?? { term, campaigns: [] }
      group.campaigns.push(campaign)
      groups.set(term.slug, group)
    }
  }
  return [...groups.values()].sort((a, b) => a.term.name.localeCompare(b.term.name, 'vi'))
}

/** The themes and communes that have campaigns: the filter links above every campaign list. */
export type CampaignFilterTerms = { themes: Term[]; communes: Term[] }
export function campaignFilterTerms(campaigns: CampaignView[]): CampaignFilterTerms {
  return { themes: groupBy(campaigns, 'themes').map((g) => g.term), communes: groupBy(campaigns, 'communes').map((g) => g.term) }
}

/** The two ways the campaign list is filtered without JavaScript: one static page per term. */
export const campaignFilters = [
  { segment: 'chu-de', key: 'themes', titleKey: 'campaigns.byTheme' },
  { segment: 'xa', key: 'communes', titleKey: 'campaigns.byCommune' },
] as const
