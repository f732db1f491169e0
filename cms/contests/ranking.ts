import type { Payload } from 'payload'

import { idOf } from '../../collections/fields/relations'

export type RankedEntry = { entry: number | string; title: string; sheets: number; average: number; spread: number }

/** A sheet's weighted score, on the scale of the criteria's maxima: Σ weight·score / Σ weight. */
export function sheetScore(scores: { criterion: string; score: number }[], criteria: { name: string; weight: number }[]): number {
  const weight = new Map(criteria.map((c) => [c.name, c.weight]))
  const total = criteria.reduce((n, c) => n + c.weight, 0)
  return scores.reduce((n, s) => n + (weight.get(s.criterion) ?? 0) * s.score, 0) / total
}

const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * The contest's ranking for organisers: for each entry the average of its complete sheets'
 * weighted scores, and the spread between the highest and lowest judge. Incomplete sheets wait.
 */
export async function contestRanking(payload: Payload, contestId: number | string): Promise<RankedEntry[]> {
  const contest = await payload.findByID({ collection: 'contests', id: contestId, depth: 0, draft: true, overrideAccess: true })
  const criteria = (contest.criteria ?? []).map((c) => ({ name: c.name, weight: c.weight }))
  const sheets = await payload.find({ collection: 'contest-scores', where: { and: [{ contest: { equals: contestId } }, { complete: { equals: true } }] }, depth: 1, pagination: false, overrideAccess: true })
  const byEntry = new Map<string, { entry: number | string; title: string; scores: number[] }>()
  for (const sheet of sheets.docs) {
    const entry = idOf(sheet.entry)!
    const key = String(entry)
    const title = typeof sheet.entry === 'object' && sheet.entry ? sheet.entry.title : key
    const group = byEntry.get(key) ?? { entry, title, scores: [] }
    group.scores.push(sheetScore((sheet.scores ?? []).map((s) => ({ criterion: s.criterion, score: s.score })), criteria))
    byEntry.set(key, group)
  }
  return [...byEntry.values()]
    .map(({ entry, title, scores }) => ({
      entry,
      title,
      sheets: scores.length,
      average: round2(scores.reduce((a, b) => a + b, 0) / scores.length),
      spread: round2(Math.max(...scores) - Math.min(...scores)),
    }))
    .sort((a, b) => b.average - a.average || a.spread - b.spread)
}
