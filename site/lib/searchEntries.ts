import { allPublishedCampaigns } from './campaigns'
import { allPublishedContests } from './contests'
import { allPublishedCourses } from './courses'
import { libraryItems } from './mediaLibrary'
import { allPublishedPlanViews } from './plans'
import { allPublishedSummaries } from './progress'
import type { SearchEntry } from './searchMatch'

const MAX_TEXT = 20_000

const htmlToText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim()
const text = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n').slice(0, MAX_TEXT)

/**
 * Everything the public can find, as built into this version of the site: plans, campaigns,
 * progress summaries, contests and their showcased models, courses and their lessons, and the library's documents, read
 * by their own text (a PDF's extracted text, a recording's transcript). Each entry holds only
 * what its page or file shows the public.
 */
export async function buildSearchEntries(): Promise<SearchEntry[]> {
  const [plans, campaigns, summaries, contests, courses, library] = await Promise.all([allPublishedPlanViews(), allPublishedCampaigns(), allPublishedSummaries(), allPublishedContests(), allPublishedCourses(), libraryItems()])
  return [
    ...plans.map((p) => ({ url: `/ke-hoach/${p.slug}/`, title: p.title, kind: 'plan' as const, date: p.publishedAt, text: text(p.documentNumber, p.summary, p.bodyText) })),
    ...campaigns.map((c) => ({
      url: `/truyen-thong/${c.slug}/`,
      title: c.title,
      kind: 'campaign' as const,
      date: c.publishedAt,
      text: text(c.summary, c.bodyText, ...c.themes.map((t) => t.name), ...c.communes.map((t) => t.name)),
    })),
    ...summaries.map((s) => ({ url: s.url, title: s.title, kind: 'summary' as const, date: s.publishedAt, text: text(s.planTitle, htmlToText(s.narrativeHTML)) })),
    ...contests.map((c) => ({ url: `/hoi-thi/${c.slug}/`, title: c.title, kind: 'contest' as const, date: c.opensAt, text: text(c.summary, htmlToText(c.rulesHTML), c.eligibility) })),
    ...contests.flatMap((c) =>
      c.showcase.map((m) => ({
        url: `/mo-hinh/${m.slug}/`,
        title: m.title,
        kind: 'model' as const,
        date: c.closesAt,
        text: text(m.modelType, m.commune, m.description, m.whatChanged, m.impactEvidence, htmlToText(m.writeUpHTML)),
      })),
    ),
    ...courses.flatMap((c) => [
      { url: c.url, title: c.title, kind: 'course' as const, date: c.publishedAt, text: text(c.summary, c.contentArea, ...c.audience, ...c.lessons.map((l) => l.title)) },
      ...c.lessons.map((l) => ({
        url: l.url,
        title: `${l.title} · ${c.title}`,
        kind: 'course' as const,
        date: c.publishedAt,
        text: text(l.bodyText, l.recording?.transcript, ...l.documents.map((d) => d.title), ...l.questions.map((q) => q.question)),
      })),
    ]),
    ...library
      .filter((item) => item.documentText || item.transcript)
      .map((item) => ({ url: item.url, title: item.title, kind: 'library' as const, date: item.createdAt, text: text(item.documentText, item.transcript) })),
  ]
}
