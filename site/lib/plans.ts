import type { Plan } from '../../cms/payload-types'
import { mediaUrl } from './media'
import { findPublished } from './payload'
import { richTextToHTML, richTextToPlainText } from './richText'
import { seoView, type SeoView } from './seo'
import { fromSnapshotOr } from './snapshot'
import { perBuild } from './perBuild'

export type PlanSummary = {
  slug: string
  title: string
  summary: string
  documentNumber: string
  issuingBody: string
  /** The document's own date; the posting date is publishedAt. */
  issuedAt: string | null
  publishedAt: string | null
}

export type PlanView = PlanSummary & {
  parentBody: string
  place: string
  signer: { name: string; position: string }
  legalBasis: { number: string; date: string | null; issuer: string; title: string }[]
  period: { start: number | null; end: number | null }
  orgUnits: string[]
  beneficiaries: string
  bodyHTML: string
  bodyText: string
  targets: { description: string; indicatorCode: string; indicatorName: string; contentArea: string; value: number; unit: string; year: number | null }[]
  deadlines: { level: 'commune' | 'district'; kind: 'report' | 'update'; day: number; month: number; nextYear: boolean }[]
  attachments: { url: string; filename: string; filesize: number; mimeType: string; title: string }[]
  seo: SeoView
}

type Related<T> = number | T | null | undefined
const populated = <T extends object>(value: Related<T>): T | null => (value && typeof value === 'object' ? value : null)

function toSummary(doc: Plan): PlanSummary {
  return {
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    summary: doc.summary ?? '',
    documentNumber: doc.documentNumber ?? '',
    issuingBody: doc.issuingBody,
    issuedAt: doc.issuedAt ?? null,
    publishedAt: doc.publishedAt ?? null,
  }
}

export function toPlanView(doc: Plan): PlanView {
  const summary = toSummary(doc)
  return {
    ...summary,
    seo: seoView(doc.meta, { title: summary.title, description: summary.summary, image: null }),
    parentBody: doc.parentBody ?? '',
    place: doc.place ?? '',
    signer: { name: doc.signer?.name ?? '', position: doc.signer?.position ?? '' },
    legalBasis: (doc.legalBasis ?? []).map((b) => ({ number: b.number ?? '', date: b.date ?? null, issuer: b.issuer ?? '', title: b.title ?? '' })),
    period: { start: doc.period?.startYear ?? null, end: doc.period?.endYear ?? null },
    orgUnits: (doc.orgUnits ?? []).map((u) => populated(u)?.name).filter((n): n is string => Boolean(n)),
    beneficiaries: doc.beneficiaries ?? '',
    bodyHTML: richTextToHTML(doc.body),
    bodyText: richTextToPlainText(doc.body),
    targets: (doc.targets ?? []).map((target) => {
      const indicator = populated(target.indicator)
      return {
        description: target.description || indicator?.name || '',
        indicatorCode: indicator?.code ?? '',
        indicatorName: indicator?.name ?? '',
        contentArea: indicator?.contentArea ?? '',
        value: target.value,
        unit: target.unit,
        year: target.year ?? null,
      }
    }),
    deadlines: (doc.reportingDeadlines ?? []).map((d) => ({ level: d.level, kind: d.kind, day: d.day, month: d.month, nextYear: Boolean(d.nextYear) })),
    attachments: (doc.attachments ?? []).flatMap((item) => {
      const a = populated(item)
      const url = mediaUrl(a?.url)
      if (!a || !url) return []
      return [{ url, filename: a.filename ?? '', filesize: a.filesize ?? 0, mimeType: a.mimeType ?? '', title: a.caption || a.alt || a.filename || '' }]
    }),
  }
}

/**
 * Published plans only: the query runs with the public's access (no user, overrideAccess false),
 * so the collection's own read rule keeps drafts out even if this code were wrong about `draft`.
 */
export async function loadPublishedPlanDocs(): Promise<Plan[]> {
  return findPublished('plans', '-publishedAt')
}

const publishedPlanDocs = perBuild(() => fromSnapshotOr('plans', loadPublishedPlanDocs))

export async function listPublishedPlans(limit = 200): Promise<PlanSummary[]> {
  return (await publishedPlanDocs()).slice(0, limit).map(toSummary)
}

export async function allPublishedPlanViews(): Promise<PlanView[]> {
  return (await publishedPlanDocs()).map(toPlanView)
}
