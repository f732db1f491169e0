type Deadline = { level: 'commune' | 'district'; kind: 'report' | 'update'; day: number; month: number; nextYear?: boolean | null }
type PlanDeadlines = { period?: { startYear?: number | null; endYear?: number | null } | null; reportingDeadlines?: Deadline[] | null }

export type PeriodData = {
  code: string
  name: string
  kind: 'half-year'
  startDate: string
  endDate: string
  communeDeadline: string
  communeUpdateDeadline: string
  districtDeadline: string
  districtUpdateDeadline: string
}

/** Midnight at the start of a calendar day in Vietnam (UTC+7), as an ISO instant. */
const vnDay = (year: number, month: number, day: number) =>
  new Date(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00+07:00`).toISOString()

/**
 * Half-year periods for every year of a plan, with its deadlines: the first half is due at the
 * "report" date (10/9 for communes) and may be updated until the "update" date (25/01 next
 * year); the second half, which ends in December, is due at that update date.
 */
export function halfYearPeriodsFromPlan(plan: PlanDeadlines): PeriodData[] {
  const { startYear, endYear } = plan.period ?? {}
  if (!startYear || !endYear) return []
  const rule = (level: Deadline['level'], kind: Deadline['kind']) => (plan.reportingDeadlines ?? []).find((d) => d.level === level && d.kind === kind)
  const at = (d: Deadline | undefined, year: number, fallback: [number, number, boolean]) => {
    const [day, month, next] = d ? [d.day, d.month, Boolean(d.nextYear)] : fallback
    return vnDay(next ? year + 1 : year, month, day)
  }
  const periods: PeriodData[] = []
  for (let year = startYear; year <= endYear; year++) {
    const communeReport = at(rule('commune', 'report'), year, [10, 9, false])
    const communeUpdate = at(rule('commune', 'update'), year, [25, 1, true])
    const districtReport = at(rule('district', 'report'), year, [15, 9, false])
    const districtUpdate = at(rule('district', 'update'), year, [31, 1, true])
    periods.push(
      {
        code: `${year}-H1`, name: `6 tháng đầu năm ${year}`, kind: 'half-year',
        startDate: vnDay(year, 1, 1), endDate: vnDay(year, 6, 30),
        communeDeadline: communeReport, communeUpdateDeadline: communeUpdate,
        districtDeadline: districtReport, districtUpdateDeadline: districtUpdate,
      },
      {
        code: `${year}-H2`, name: `6 tháng cuối năm ${year}`, kind: 'half-year',
        startDate: vnDay(year, 7, 1), endDate: vnDay(year, 12, 31),
        communeDeadline: communeUpdate, communeUpdateDeadline: communeUpdate,
        districtDeadline: districtUpdate, districtUpdateDeadline: districtUpdate,
      },
    )
  }
  return periods
}
