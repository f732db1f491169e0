import type { IndicatorProgress, PeriodCompleteness, PlanProgress } from './aggregate'
import { PROTECTING, SMALL, shownValue, suppressSmallNumbers, type AdditiveGroup, type Cell, type OfWhich } from './suppress'
import { ratioPercent, round1, towardTarget } from './sums'
import type { Sums } from './types'

export type PublicValue = number | typeof SMALL | typeof PROTECTING | null
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
  /**
   * 2: "<5" stands only for 1–4 and "ẩn" for every other hidden cell. Editions made before (no
   * mark) used "<5" for both; a migration re-marked their "<5" cells "ẩn" and dated it here.
   */
  marks?: typeof currentMarks
  remarkedAt?: string
  plan: { title: string; slug: string }
  asOf: string
  indicators: PublicIndicator[]
  completeness: (Omit<PeriodCompleteness, 'period'> & { period: string; periodCode: string; deadline: string })[]
}

export const currentMarks = 2

const fields = ['value', 'denominator', 'female', 'male', 'ethnicMinority'] as const
type RowCells = Record<(typeof fields)[number], Cell>

const toCells = (s: Sums): RowCells => Object.fromEntries(fields.map((f) => [f, { value: s[f], suppressed: false }])) as RowCells

function publicRow(cells: RowCells, aggregation: IndicatorProgress['aggregation']): PublicRow {
  const out = Object.fromEntries(fields.map((f) => [f, shownValue(cells[f])])) as Omit<PublicRow, 'percent'>
  const { value, denominator } = out
  const percent = aggregation === 'ratio' && typeof value === 'number' && typeof denominator === 'number' ? ratioPercent(value, denominator) : null
  return { ...out, percent: percent == null ? null : round1(percent) }
}

type Rows = { total: RowCells; communes: { name: string; cells: RowCells }[]; periods: { code: string; cells: RowCells }[] }

/**
 * What an earlier edition published ties this one down: a count that grows from one edition to
 * the next gives away the difference. For each cell in both, the difference is a cell of its own
 * (never published, but known when both editions show their number): hidden if it is small, and
 * hidden whenever the earlier number was; it adds up from the new periods' cells (the total row)
 * and over the communes. A drop counts as much as a rise. A period in both editions stays hidden
 * if it was (its count is the same quantity). The earlier edition's cells are fixed: only this
 * edition's can be hidden.
 */
function differencesFrom(earlier: PublicIndicator, now: Rows, cells: Cell[], groups: AdditiveGroup[]): void {
  const earlierCommunes = new Map(earlier.byCommune.map((c) => [c.orgUnit, c]))
  const earlierPeriods = new Map(earlier.byPeriod.map((p) => [p.periodCode, p]))
  const newPeriods = now.periods.filter((p) => !earlierPeriods.has(p.code))
  const difference = (current: Cell, before: PublicValue | undefined): Cell | null => {
    if (before == null || current.value == null) return null
    const fixed: Cell = typeof before === 'number' ? { value: before, suppressed: false, fixed: true } : { value: 0, suppressed: before === SMALL ? 'small' : 'protecting', fixed: true }
    const change: Cell = { value: typeof before === 'number' ? Math.abs(current.value - before) : current.value, suppressed: false }
    cells.push(fixed, change)
    groups.push({ parts: [fixed, change], total: current })
    return change
  }
  for (const f of ['value', 'female', 'male', 'ethnicMinority'] as const) {
    const totalChange = difference(now.total[f], earlier.total[f])
    const communeChanges = now.communes.map((c) => difference(c.cells[f], earlierCommunes.get(c.name)?.[f])).filter((c): c is Cell => c !== null)
    for (const period of now.periods) {
      const before = earlierPeriods.get(period.code)?.[f]
      const cell = period.cells[f]
      if (typeof before === 'string' && cell.value != null && !cell.suppressed) cell.suppressed = cell.value >= 1 && cell.value <= 4 ? 'small' : 'protecting'
      else difference(cell, before)
    }
    if (!totalChange) continue
    groups.push({ parts: newPeriods.map((p) => p.cells[f]), total: totalChange })
    groups.push({ parts: communeChanges, total: totalChange })
  }
}

/** Rows of a sensitive indicator are protected together: communes and periods add up to the total, women and men to each row. */
function protect(now: Rows, additivePeriods: boolean, earlier: PublicIndicator[]): void {
  const total = now.total
  const communes = now.communes.map((c) => c.cells)
  const periods = now.periods.map((p) => p.cells)
  const rows = [total, ...communes, ...periods]
  const groups: AdditiveGroup[] = rows.map((r) => ({ parts: [r.female, r.male], total: r.value }))
  groups.push({ parts: communes.map((c) => c.value), total: total.value })
  if (additivePeriods) groups.push({ parts: periods.map((p) => p.value), total: total.value })
  for (const f of ['female', 'male', 'ethnicMinority'] as const) {
    groups.push({ parts: communes.map((c) => c[f]), total: total[f] })
    if (additivePeriods) groups.push({ parts: periods.map((p) => p[f]), total: total[f] })
  }
  const ofWhich: OfWhich[] = rows.map((r) => ({ part: r.ethnicMinority, total: r.value }))
  const cells = rows.flatMap((r) => fields.map((f) => r[f]))
  if (additivePeriods) for (const edition of earlier) differencesFrom(edition, now, cells, groups)
  suppressSmallNumbers(cells, groups, ofWhich)
}

function publicIndicator(i: IndicatorProgress, earlier: PublicIndicator[]): PublicIndicator {
  const total = toCells(i.total)
  const communes = i.byCommune.map(toCells)
  const periods = i.byPeriod.map(toCells)
  if (i.sensitive) {
    const now: Rows = { total, communes: i.byCommune.map((c, k) => ({ name: c.orgUnit.name, cells: communes[k]! })), periods: i.byPeriod.map((p, k) => ({ code: p.period.code, cells: periods[k]! })) }
    protect(now, i.aggregation === 'sum', earlier)
  }
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

/**
 * The public form of a plan's progress: names instead of ids, percentages, small numbers of
 * sensitive indicators hidden — also from anyone comparing it with the editions published before.
 */
export function toPublicProgress(progress: PlanProgress, earlierEditions: PublicProgress[] = []): PublicProgress {
  const earlierOf = (code: string) => earlierEditions.flatMap((e) => e.indicators.filter((i) => i.code === code))
  return {
    marks: currentMarks,
    plan: { title: progress.plan.title, slug: progress.plan.slug },
    asOf: progress.asOf,
    indicators: progress.indicators.map((i) => publicIndicator(i, earlierOf(i.code))),
    completeness: progress.completeness.map(({ period, ...counts }) => ({ ...counts, period: period.name, periodCode: period.code, deadline: period.deadline })),
  }
}
