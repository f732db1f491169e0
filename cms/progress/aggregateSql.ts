import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { AggregateQuery, AggregateRows, Id, Sums } from './types'

type SQL = ReturnType<typeof sql>
type Row = Record<string, unknown>
type Dialect = 'sqlite' | 'postgres'

/**
 * The approved values of a plan up to a date (periods that ended by then), one row per value,
 * with its recency among the same commune's reports of that indicator (1 = latest period).
 */
const onlyPeriods = (periods: AggregateQuery['periods']) =>
  periods ? sql` AND r.period_id IN (${sql.join(periods.length ? periods.map((p) => sql`${p}`) : [sql`NULL`], sql`, `)})` : sql``

const approvedValues = ({ plan, asOf, periods }: AggregateQuery) => sql`
  WITH base AS (
    SELECT v.indicator_id AS indicator, r.org_unit_id AS org_unit, r.period_id AS period, i.aggregation AS aggregation,
           v.value AS value, v.denominator AS denominator, v.female AS female, v.male AS male, v.ethnic_minority AS ethnic_minority,
           ROW_NUMBER() OVER (PARTITION BY v.indicator_id, r.org_unit_id ORDER BY p.end_date DESC) AS recency
    FROM indicator_reports_values v
    JOIN indicator_reports r ON r.id = v._parent_id
    JOIN reporting_periods p ON p.id = r.period_id
    JOIN indicators i ON i.id = v.indicator_id
    WHERE r.status = 'approved' AND r.plan_id = ${plan} AND p.end_date <= ${asOf}${onlyPeriods(periods)}
  ),
  counted AS (SELECT * FROM base WHERE aggregation = 'sum' OR recency = 1)`

const sums = sql`SUM(value) AS value, SUM(denominator) AS denominator, SUM(female) AS female, SUM(male) AS male,
  SUM(ethnic_minority) AS ethnic_minority, COUNT(*) AS reports`

async function rows(payload: Payload, dialect: Dialect, query: SQL): Promise<Row[]> {
  const db = (payload.db as unknown as { drizzle: { all?: (q: SQL) => Promise<Row[]>; execute?: (q: SQL) => Promise<{ rows: Row[] }> } }).drizzle
  return dialect === 'sqlite' ? db.all!(query) : (await db.execute!(query)).rows
}

const num = (v: unknown): number | null => (v == null ? null : Number(v))
const toSums = (r: Row): Sums => ({
  value: num(r.value) ?? 0,
  denominator: num(r.denominator),
  female: num(r.female),
  male: num(r.male),
  ethnicMinority: num(r.ethnic_minority),
  reports: Number(r.reports),
})
const id = (v: unknown): Id => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as Id))

/** One plan's progress, totalled by SQL GROUP BY in SQLite or PostgreSQL. */
export async function aggregateSql(payload: Payload, dialect: Dialect, q: AggregateQuery): Promise<AggregateRows> {
  const base = approvedValues(q)
  const [byCommune, byPeriod, totals, received] = await Promise.all([
    rows(payload, dialect, sql`${base} SELECT indicator, org_unit, ${sums} FROM counted GROUP BY indicator, org_unit`),
    rows(payload, dialect, sql`${base} SELECT indicator, period, ${sums} FROM base GROUP BY indicator, period`),
    rows(payload, dialect, sql`${base} SELECT indicator, ${sums} FROM counted GROUP BY indicator`),
    rows(
      payload,
      dialect,
      sql`SELECT r.period_id AS period, r.org_unit_id AS org_unit, r.status AS status, r.late AS late
          FROM indicator_reports r JOIN reporting_periods p ON p.id = r.period_id
          WHERE r.plan_id = ${q.plan} AND p.end_date <= ${q.asOf} AND r.status IN ('submitted', 'approved')${onlyPeriods(q.periods)}`,
    ),
  ])
  return {
    byCommune: byCommune.map((r) => ({ indicator: id(r.indicator), orgUnit: id(r.org_unit), ...toSums(r) })),
    byPeriod: byPeriod.map((r) => ({ indicator: id(r.indicator), period: id(r.period), ...toSums(r) })),
    totals: totals.map((r) => ({ indicator: id(r.indicator), ...toSums(r) })),
    received: received.map((r) => ({ period: id(r.period), orgUnit: id(r.org_unit), status: String(r.status), late: r.late === true || r.late === 1 || r.late === '1' })),
  }
}
