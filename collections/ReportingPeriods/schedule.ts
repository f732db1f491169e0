import { calendarDay } from '../../cms/i18n/dates'
import { idOf } from '../fields/relations'

/** How often an indicator is reported (section V of the plan: outputs every 6 months, some results yearly or at mid-term and end of term). */
export const frequencies = [
  { value: 'half-year', label: { vi: '6 tháng một lần', en: 'Every 6 months' } },
  { value: 'year', label: { vi: 'Hằng năm (kỳ cuối năm)', en: 'Every year (year-end period)' } },
  { value: 'mid-end', label: { vi: 'Giữa kỳ và cuối kỳ', en: 'Mid-term and end of term' } },
  { value: 'once', label: { vi: 'Một lần (cuối kỳ)', en: 'Once (end of term)' } },
] as const
export type Frequency = (typeof frequencies)[number]['value']

type Deadline = { level: 'commune' | 'district'; kind: 'report' | 'update'; day: number; month: number; nextYear?: boolean | null }
type ScheduleTarget = { indicator?: unknown; frequency?: Frequency | null; midTermYear?: number | null; endTermYear?: number | null }
/** The parts of a plan that make its reporting schedule. */
export type PlanSchedule = {
  period?: { startYear?: number | null; endYear?: number | null } | null
  reportingDeadlines?: Deadline[] | null
  targets?: ScheduleTarget[] | null
}

export type PeriodData = {
  code: string
  name: string
  kind: 'half-year' | 'year'
  startDate: string
  endDate: string
  communeDeadline: string
  communeUpdateDeadline: string
  districtDeadline: string
  districtUpdateDeadline: string
}

/** When an indicator is due: every period, every year-end period, or the year-end periods of some years. */
export type DueRule = { frequency: Frequency; years: number[] }

/**
 * Midnight at the start of a calendar day in Vietnam (UTC+7), as an ISO instant; a deadline of
 * 29/02 falls on 28/02 in a year without that day (not on 1/3).
 */
const vnDay = (year: number, month: number, day: number) => {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return new Date(`${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}T00:00:00+07:00`).toISOString()
}

const planYears = (plan: PlanSchedule) => {
  const { startYear, endYear } = plan.period ?? {}
  return startYear && endYear && endYear >= startYear ? { start: startYear, end: endYear } : null
}

/**
 * A plan without implementation years has no schedule: its periods, if any, are made by hand and
 * left alone.
 */
export const hasSchedule = (plan: PlanSchedule) => planYears(plan) !== null

/** Mid-term is the middle year of the plan (2022–2025: 2023), end of term its last year. */
export const defaultMidTermYear = (start: number, end: number) => start + Math.floor((end - start) / 2)

/**
 * Each indicator's rule in this plan: its target's frequency, else the catalogue's, with the
 * years a mid-term/end-of-term or one-off indicator is due. Indicators outside the plan's targets
 * follow the catalogue.
 */
export function dueRules(plan: PlanSchedule, catalogue: Map<string, Frequency>): (indicatorId: unknown) => DueRule {
  const years = planYears(plan)
  const targets = new Map((plan.targets ?? []).map((t) => [String(idOf(t.indicator)), t]))
  return (indicatorId) => {
    const target = targets.get(String(idOf(indicatorId)))
    const frequency: Frequency = target?.frequency ?? catalogue.get(String(idOf(indicatorId))) ?? 'half-year'
    if (!years) return { frequency, years: [] }
    if (frequency === 'mid-end') return { frequency, years: [target?.midTermYear ?? defaultMidTermYear(years.start, years.end), target?.endTermYear ?? years.end] }
    if (frequency === 'once') return { frequency, years: [target?.endTermYear ?? years.end] }
    return { frequency, years: [] }
  }
}

type PeriodLike = { endDate: string }
const endsYear = (period: PeriodLike) => calendarDay(period.endDate).slice(5, 7) === '12'
const yearOf = (period: PeriodLike) => Number(calendarDay(period.endDate).slice(0, 4))

/** Whether an indicator with this rule is asked for in the period. */
export function isDue(rule: DueRule, period: PeriodLike): boolean {
  if (rule.frequency === 'half-year') return true
  if (!endsYear(period)) return false
  return rule.frequency === 'year' || rule.years.includes(yearOf(period))
}

/**
 * The periods a plan's schedule asks for, with its deadlines: half-years when any of its
 * indicators is reported every 6 months (the first half due at the "report" date, 10/9 in the
 * plan; the second, which ends in December, at the "update" date, 25/01 of the next year), else
 * one period per year in which something is due. A year-end period also collects the yearly,
 * mid-term, end-of-term and one-off indicators.
 */
export function periodsFromSchedule(plan: PlanSchedule, rule: (indicatorId: unknown) => DueRule): PeriodData[] {
  const years = planYears(plan)
  if (!years) return []
  const rules = (plan.targets ?? []).map((t) => rule(t.indicator))
  const halfYearly = rules.length === 0 || rules.some((r) => r.frequency === 'half-year')
  const deadline = (level: Deadline['level'], kind: Deadline['kind'], year: number, fallback: [number, number, boolean]) => {
    const d = (plan.reportingDeadlines ?? []).find((x) => x.level === level && x.kind === kind)
    const [day, month, next] = d ? [d.day, d.month, Boolean(d.nextYear)] : fallback
    return vnDay(next ? year + 1 : year, month, day)
  }
  const periods: PeriodData[] = []
  for (let year = years.start; year <= years.end; year++) {
    const communeReport = deadline('commune', 'report', year, [10, 9, false])
    const communeUpdate = deadline('commune', 'update', year, [25, 1, true])
    const districtReport = deadline('district', 'report', year, [15, 9, false])
    const districtUpdate = deadline('district', 'update', year, [31, 1, true])
    const yearEnd = { communeDeadline: communeUpdate, communeUpdateDeadline: communeUpdate, districtDeadline: districtUpdate, districtUpdateDeadline: districtUpdate }
    if (halfYearly) {
      periods.push(
        {
          code: `${year}-H1`, name: `6 tháng đầu năm ${year}`, kind: 'half-year', startDate: vnDay(year, 1, 1), endDate: vnDay(year, 6, 30),
          communeDeadline: communeReport, communeUpdateDeadline: communeUpdate, districtDeadline: districtReport, districtUpdateDeadline: districtUpdate,
        },
        { code: `${year}-H2`, name: `6 tháng cuối năm ${year}`, kind: 'half-year', startDate: vnDay(year, 7, 1), endDate: vnDay(year, 12, 31), ...yearEnd },
      )
      continue
    }
    const period = { code: `${year}`, name: `Năm ${year}`, kind: 'year' as const, startDate: vnDay(year, 1, 1), endDate: vnDay(year, 12, 31), ...yearEnd }
    if (rules.some((r) => isDue(r, period))) periods.push(period)
  }
  return periods
}
