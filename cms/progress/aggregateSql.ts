import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { addSums, emptySums, sumsOf } from './sums'
import type { AggregateQuery, AggregateRows, Id, Sums } from './types'

type SQL = ReturnType<typeof sql>
type Row = Record<string, unknown>
type Dialect = 'sqlite' | 'postgres'

const onlyPeriods = (periods: AggregateQuery['periods']) =>
  periods ? sql` AND r.period_id IN (${sql.join(periods.length ? periods.map((p) => sql`${p}`) : [sql`NULL`], sql`, `)})` : sql``

/** Approved reports of the plan in periods that ended by the date (the periods as a subquery: cheaper than a join per value). */
const approved = ({ plan, asOf, periods }: AggregateQuery) =>
  sql`r.status = 'approved' AND r.plan_id = ${plan} AND r.period_id IN (SELECT id FROM reporting_periods WHERE end_date <= ${asOf})${onlyPeriods(periods)}`

const sums = sql`SUM(v.value) AS value, SUM(v.denominator) AS denominator, SUM(v.female) AS female, SUM(v.male) AS male,
  SUM(v.ethnic_minority) AS ethnic_minority, COUNT(*) AS reports`
const values = sql`FROM indicator_reports r JOIN indicator_reports_values v ON v._parent_id = r.id`
const kind = (additive: boolean) => sql`v.indicator_id IN (SELECT id FROM indicators WHERE aggregation ${additive ? sql`=` : sql`<>`} 'sum')`

/**
 * Per indicator and commune: counts summed over all periods; ratios and latest values from each
 * commune's latest period only (a window over those indicators' rows alone, the costly part).
 */
const byCommuneQuery = (q: AggregateQuery) => sql`
  SELECT v.indicator_id AS indicator, r.org_unit_id AS org_unit, ${sums} ${values}
  WHERE ${approved(q)} AND ${kind(true)}
  GROUP BY v.indicator_id, r.org_unit_id
  UNION ALL
  SELECT v.indicator AS indicator, v.org_unit AS org_unit, ${sums}
  FROM (
    SELECT v.indicator_id AS indicator, r.org_unit_id AS org_unit, v.value, v.denominator, v.female, v.male, v.ethnic_minority,
           ROW_NUMBER() OVER (PARTITION BY v.indicator_id, r.org_unit_id ORDER BY p.end_date DESC) AS recency
    ${values} JOIN reporting_periods p ON p.id = r.period_id
    WHERE ${approved(q)} AND ${kind(false)}
  ) v
  WHERE v.recency = 1
  GROUP BY v.indicator, v.org_unit`

const byPeriodQuery = (q: AggregateQuery) => sql`
  SELECT v.indicator_id AS indicator, r.period_id AS period, ${sums} ${values}
  WHERE ${approved(q)}
  GROUP BY v.indicator_id, r.period_id`

const receivedQuery = (q: AggregateQuery) => sql`
  SELECT r.period_id AS period, COUNT(*) AS received, SUM(CASE WHEN r.status = 'approved' THEN 1 ELSE 0 END) AS approved,
         SUM(CASE WHEN r.late THEN 1 ELSE 0 END) AS late
  FROM indicator_reports r
  WHERE r.plan_id = ${q.plan} AND r.status IN ('submitted', 'approved')
    AND r.period_id IN (SELECT id FROM reporting_periods WHERE end_date <= ${q.asOf})${onlyPeriods(q.periods)}
  GROUP BY r.period_id`

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
  const byCommune = (await rows(payload, dialect, byCommuneQuery(q))).map((r) => ({ indicator: id(r.indicator), orgUnit: id(r.org_unit), ...toSums(r) }))
  const byPeriod = (await rows(payload, dialect, byPeriodQuery(q))).map((r) => ({ indicator: id(r.indicator), period: id(r.period), ...toSums(r) }))
  const received = (await rows(payload, dialect, receivedQuery(q))).map((r) => ({ period: id(r.period), received: Number(r.received), approved: Number(r.approved), late: Number(r.late) }))
  // Totals add up the per-commune groups (one row per indicator and commune), not documents:
  // the communes partition the counted values, so this equals a GROUP BY indicator without a third scan.
  const totals = new Map<string, { indicator: Id } & Sums>()
  for (const row of byCommune) {
    const key = String(row.indicator)
    totals.set(key, { indicator: row.indicator, ...addSums(totals.get(key) ?? emptySums(), sumsOf(row)) })
  }
  return { byCommune, byPeriod, totals: [...totals.values()], received }
}
