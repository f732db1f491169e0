import type { IndicatorProgress, PeriodCompleteness, PlanProgress } from './aggregate'
import { SUPPRESSED, suppressSmallNumbers, type AdditiveGroup, type Cell, type OfWhich } from './suppress'
import { ratioPercent, round1, towardTarget } from './sums'
import type { Sums } from './types'

export type PublicValue = number | typeof SUPPRESSED | null
export type PublicRow = { value: PublicValue; denominator: PublicValue; female: PublicValue; male: PublicValue; ethnicMinority: PublicValue; percent: number | null }
export type PublicIndicator = {
  code: string
  name: string
  unit: string
  aggregation: IndicatorProgress['aggregation']
  sensitive: boolean
  target: number | null
  targetYear: number | null
  /** How far toward the target (100 = reached), null when there is no target or the value is hidden. */
  achievedPercent: number | null
  total: PublicRow
  byCommune: ({ orgUnit: string } & PublicRow)[]
  byPeriod: ({ period: string; periodCode: string } & PublicRow)[]
}
/** What the public may see of a plan's progress: stored frozen in a published summary. */
export type PublicProgress = {
  plan: { title: string; slug: string }
  asOf: string
  indicators: PublicIndicator[]
  completeness: (Omit<PeriodCompleteness, 'period'> & { period: string; periodCode: string; deadline: string })[]
}

const fields = ['value', 'denominator', 'female', 'male', 'ethnicMinority'] as const
type RowCells = Record<(typeof fields)[number], Cell>

const toCells = (s: Sums): RowCells => Object.fromEntries(fields.map((f) => [f, { value: s[f], suppressed: false }])) as RowCells

function publicRow(cells: RowCells, aggregation: IndicatorProgress['aggregation']): PublicRow {
  const out = Object.fromEntries(fields.map((f) => [f, cells[f].suppressed ? SUPPRESSED : cells[f].value])) as Omit<PublicRow, 'percent'>
  const { value, denominator } = out
  const percent = aggregation === 'ratio' && typeof value === 'number' && typeof denominator === 'number' ? ratioPercent(value, denominator) : null
  return { ...out, percent: percent == null ? null : round1(percent) }
}

/** Rows of a sensitive indicator are protected together: communes and periods add up to the total, women and men to each row. */
function protect(total: RowCells, communes: RowCells[], periods: RowCells[], additivePeriods: boolean): void {
  const rows = [total, ...communes, ...periods]
  const groups: AdditiveGroup[] = rows.map((r) => ({ parts: [r.female, r.male], total: r.value }))
  groups.push({ parts: communes.map((c) => c.value), total: total.value })
  if (additivePeriods) groups.push({ parts: periods.map((p) => p.value), total: total.value })
  for (const f of ['female', 'male', 'ethnicMinority'] as const) {
    groups.push({ parts: communes.map((c) => c[f]), total: total[f] })
    if (additivePeriods) groups.push({ parts: periods.map((p) => p[f]), total: total[f] })
  }
  const ofWhich: OfWhich[] = rows.map((r) => ({ part: r.ethnicMinority, total: r.value }))
  suppressSmallNumbers(rows.flatMap((r) => fields.map((f) => r[f])), groups, ofWhich)
}

function publicIndicator(i: IndicatorProgress): PublicIndicator {
  const total = toCells(i.total)
  const communes = i.byCommune.map(toCells)
  const periods = i.byPeriod.map(toCells)
  if (i.sensitive) protect(total, communes, periods, i.aggregation === 'sum')
  const totalRow = publicRow(total, i.aggregation)
  const { value, denominator } = totalRow
  return {
    code: i.code,
    name: i.name,
    unit: i.unit,
    aggregation: i.aggregation,
    sensitive: i.sensitive,
    target: i.target,
    targetYear: i.targetYear,
    achievedPercent: typeof value === 'number' ? towardTarget(i.aggregation, value, typeof denominator === 'number' ? denominator : null, i.target) : null,
    total: totalRow,
    byCommune: i.byCommune.map((c, k) => ({ orgUnit: c.orgUnit.name, ...publicRow(communes[k]!, i.aggregation) })),
    byPeriod: i.byPeriod.map((p, k) => ({ period: p.period.name, periodCode: p.period.code, ...publicRow(periods[k]!, i.aggregation) })),
  }
}

/** The public form of a plan's progress: names instead of ids, percentages, small numbers of sensitive indicators hidden. */
export function toPublicProgress(progress: PlanProgress): PublicProgress {
  return {
    plan: { title: progress.plan.title, slug: progress.plan.slug },
    asOf: progress.asOf,
    indicators: progress.indicators.map(publicIndicator),
    completeness: progress.completeness.map(({ period, ...counts }) => ({ ...counts, period: period.name, periodCode: period.code, deadline: period.deadline })),
  }
}
