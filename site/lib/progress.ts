import type { ProgressSummary } from '../../cms/payload-types'
import type { PublicProgress } from '../../cms/progress/publicProgress'
import { withCacheKeys } from './cacheKey'
import { findPublished } from './payload'
import { richTextToHTML } from './richText'
import { fromSnapshotOr } from './snapshot'
import { perBuild } from './perBuild'

export type SummaryView = {
  edition: number
  title: string
  planSlug: string
  planTitle: string
  asOf: string
  publishedAt: string | null
  narrativeHTML: string
  supersededByEdition: number | null
  current: boolean
  data: PublicProgress
  url: string
  dataset: string
}

/** Published summaries only, read with the public's access rules; their numbers are already suppressed. */
export async function loadPublishedSummaryDocs(): Promise<ProgressSummary[]> {
  return findPublished('progress-summaries', '-edition')
}

function toView(doc: ProgressSummary): SummaryView | null {
  const data = doc.data as PublicProgress | null
  if (!data || typeof doc.edition !== 'number') return null
  const superseded = doc.supersededBy && typeof doc.supersededBy === 'object' ? doc.supersededBy.edition ?? null : null
  const planSlug = data.plan.slug
  return {
    edition: doc.edition,
    title: doc.title,
    planSlug,
    planTitle: data.plan.title,
    asOf: data.asOf,
    publishedAt: doc.publishedAt ?? null,
    narrativeHTML: richTextToHTML(doc.narrative),
    supersededByEdition: superseded,
    current: !doc.supersededBy,
    data,
    url: `/tien-do/${planSlug}/ban-${doc.edition}/`,
    dataset: `${planSlug}-ban-${doc.edition}`,
  }
}

/** Every published summary, newest edition first; read once per build. */
export const allPublishedSummaries: () => Promise<SummaryView[]> = perBuild(() =>
  fromSnapshotOr('progressSummaries', loadPublishedSummaryDocs).then((docs) => docs.map(toView).filter((v): v is SummaryView => v !== null)),
)

/** One data file per published summary: /du-lieu/<dataset>.csv and .json. */
export async function datasetPaths() {
  return withCacheKeys((await allPublishedSummaries()).map((summary) => ({ params: { dataset: summary.dataset }, props: { summary } })))
}

/** The current (not superseded) summary of each plan. */
export async function currentSummaries(): Promise<SummaryView[]> {
  return (await allPublishedSummaries()).filter((s) => s.current)
}

export async function currentSummaryOf(planSlug: string): Promise<SummaryView | undefined> {
  return (await currentSummaries()).find((s) => s.planSlug === planSlug)
}
