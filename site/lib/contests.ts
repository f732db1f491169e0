import { modelTypes } from '../../collections/ContestEntries/options'
import { idOf } from '../../collections/fields/relations'
import { contestPhases } from '../../collections/Contests/phases'
import type { Contest, ContestEntry, OrgUnit } from '../../cms/payload-types'
import { imagesAndFiles, type FileView, type ImageView } from './media'
import { findPublished, payloadClient } from './payload'
import { richTextToHTML } from './richText'
import { fromSnapshotOr } from './snapshot'
import { perBuild } from './perBuild'

export type ModelView = {
  slug: string
  title: string
  contestSlug: string
  contestTitle: string
  modelType: string
  commune: string
  team: string
  description: string
  whatChanged: string
  impactEvidence: string
  prize: string
  writeUpHTML: string
  images: ImageView[]
  files: FileView[]
}

export type ContestView = {
  slug: string
  title: string
  summary: string
  rulesHTML: string
  eligibility: string
  opensAt: string
  closesAt: string
  phase: Contest['phase']
  phaseLabel: string
  criteria: { name: string; weight: number; maxScore: number }[]
  prizes: { name: string; count: number; description: string }[]
  showcase: ModelView[]
  /** Awarded entries whose authors did not agree to publication: counted, never shown. */
  unpublishedAwards: number
}

const label = <T extends { value: string; label: { vi: string } }>(options: readonly T[], value: string | null | undefined) => options.find((o) => o.value === value)?.label.vi ?? ''

function toModelView(doc: ContestEntry, contest: Contest): ModelView {
  return {
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    contestSlug: contest.slug ?? String(contest.id),
    contestTitle: contest.title,
    modelType: label(modelTypes, doc.modelType),
    commune: typeof doc.commune === 'object' && doc.commune ? (doc.commune as OrgUnit).name : '',
    team: doc.team ?? '',
    description: doc.description,
    whatChanged: doc.whatChanged ?? '',
    impactEvidence: doc.impactEvidence ?? '',
    prize: doc.prize ?? '',
    writeUpHTML: richTextToHTML(doc.writeUp),
    // Only the public copies, made when the submitter consented to images; never the entry's own files.
    ...imagesAndFiles(doc.showcaseImages),
  }
}

/**
 * Published contests with their showcase: the entries the public may see (awarded, results
 * out, consent to the text — the collection's read rule decides, with no user), names and
 * images only where their own consent allows.
 */
export async function loadContestData(): Promise<{ contests: Contest[]; entries: ContestEntry[]; awarded: Record<string, number> }> {
  const contests = await findPublished('contests', '-opensAt')
  const payload = await payloadClient()
  const entries = (await payload.find({ collection: 'contest-entries', overrideAccess: false, depth: 1, pagination: false, sort: 'title' })).docs
  // Only the number of awards leaves the database, never which entries they are.
  const awarded: Record<string, number> = {}
  for (const contest of contests.filter((c) => c.phase === 'results')) {
    const count = await payload.count({ collection: 'contest-entries', where: { and: [{ contest: { equals: contest.id } }, { status: { equals: 'awarded' } }] }, overrideAccess: true })
    awarded[String(contest.id)] = count.totalDocs
  }
  return { contests, entries, awarded }
}

function toContestView(c: Contest, entries: ContestEntry[], awarded: Record<string, number>): ContestView {
  // In the order the contest lists its prizes (Giải Nhất before Giải Nhì), then by title.
  const rank = (prize: string) => {
    const at = (c.prizes ?? []).findIndex((p) => p.name === prize)
    return at === -1 ? Number.MAX_SAFE_INTEGER : at
  }
  const showcase = entries
    .filter((e) => String(idOf(e.contest)) === String(c.id))
    .map((e) => toModelView(e, c))
    .sort((a, b) => rank(a.prize) - rank(b.prize) || a.title.localeCompare(b.title, 'vi'))
  return {
    slug: c.slug ?? String(c.id),
    title: c.title,
    summary: c.summary ?? '',
    rulesHTML: richTextToHTML(c.rules),
    eligibility: c.eligibility ?? '',
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    phase: c.phase,
    phaseLabel: label(contestPhases, c.phase),
    criteria: (c.criteria ?? []).map((k) => ({ name: k.name, weight: k.weight, maxScore: k.maxScore })),
    prizes: (c.prizes ?? []).map((p) => ({ name: p.name, count: p.count ?? 1, description: p.description ?? '' })),
    showcase,
    unpublishedAwards: Math.max(0, (awarded[String(c.id)] ?? 0) - showcase.length),
  }
}

export const allPublishedContests: () => Promise<ContestView[]> = perBuild(() =>
  fromSnapshotOr('contests', loadContestData).then(({ contests, entries, awarded }) => contests.map((c) => toContestView(c, entries, awarded))),
)
