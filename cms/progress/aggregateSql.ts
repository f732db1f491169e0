import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'

import { addSums, emptySums } from './sums'
import type { AggregateQuery, AggregateRows, Id, Sums } from './types'

type SQL = ReturnType<typeof sql>
type Row = Record<string, unknown>
type Dialect = 'sqlite' | 'postgres'

const onlyPeriods = (table: 'a' | 'r', periods: AggregateQuery['periods']) =>
  periods ? sql` AND ${sql.raw(table)}.period_id IN (${sql.join(periods.length ? periods.map((p) => sql`${p}`) : [sql`NULL`], sql`, `)})` : sql``

/**
 * The plan's approved values (the `approved-values` fact table holds approved reports only) in
 * periods that ended by the date. Every column the queries touch is in one of the table's two
 * covering indexes, led by plan and indicator: the groups come off an index already in order.
 */
const approved = ({ plan, asOf, periods }: AggregateQuery) => sql`a.plan_id = ${plan} AND a.period_end <= ${asOf}${onlyPeriods('a', periods)}`

const sums = sql`SUM(a.value) AS value, SUM(a.denominator) AS denominator, SUM(a.female) AS female, SUM(a.male) AS male,
  SUM(a.ethnic_minority) AS ethnic_minority, COUNT(*) AS reports`
const kind = (additive: boolean) => sql`a.indicator_id IN (SELECT id FROM indicators WHERE aggregation ${additive ? sql`=` : sql`<>`} 'sum')`

/**
 * Per indicator and commune: counts summed over all periods; ratios and latest values from each
 * commune's latest period only.
 */
const byCommuneQuery = (q: AggregateQuery) => sql`
  SELECT a.indicator_id AS indicator, a.org_unit_id AS org_unit, ${sums}
  FROM approved_values a
  WHERE ${approved(q)} AND ${kind(true)}
  GROUP BY a.indicator_id, a.org_unit_id
  UNION ALL
  SELECT a.indicator AS indicator, a.org_unit AS org_unit, ${sums}
  FROM (
    SELECT a.indicator_id AS indicator, a.org_unit_id AS org_unit, a.value, a.denominator, a.female, a.male, a.ethnic_minority,
           ROW_NUMBER() OVER (PARTITION BY a.indicator_id, a.org_unit_id ORDER BY a.period_end DESC) AS recency
    FROM approved_values a
    WHERE ${approved(q)} AND ${kind(false)}
  ) a
  WHERE a.recency = 1
  GROUP BY a.indicator, a.org_unit`

const byPeriodQuery = (q: AggregateQuery) => sql`
  SELECT a.indicator_id AS indicator, a.period_id AS period, ${sums}
  FROM approved_values a
  WHERE ${approved(q)}
  GROUP BY a.indicator_id, a.period_id`

const receivedQuery = (q: AggregateQuery) => sql`
  SELECT r.period_id AS period, COUNT(*) AS received, SUM(CASE WHEN r.status = 'approved' THEN 1 ELSE 0 END) AS approved,
         SUM(CASE WHEN r.late THEN 1 ELSE 0 END) AS late
  FROM indicator_reports r
  WHERE r.plan_id = ${q.plan} AND r.status IN ('submitted', 'approved')
    AND r.period_id IN (SELECT id FROM reporting_periods WHERE end_date <= ${q.asOf})${onlyPeriods('r', q.periods)}
  GROUP BY r.period_id`

async function rows(payload: Payload, dialect: Dialect, query: SQL): Promise<Row[]> {
  const db = (payload.db as unknown as { drizzle: { all?: (q: SQL) => Promise<Row[]>; execute?: (q: SQL) => Promise<{ rows: Row[] }> } }).drizzle
  return dialect === 'sqlite' ? db.all!(query) : (await db.execute!(query)).rows
}

/** Columns of every grouped query after its two keys, in this order. */
const measures = ['value', 'denominator', 'female', 'male', 'ethnic_minority', 'reports']
type Group = [unknown, unknown, ...(number | string | null)[]]

/**
 * A grouped query's rows packed by the database into one JSON array of arrays: the drivers build
 * a JavaScript object per row, which for the 120,000 per-commune groups of a large district took
 * four times as long as the query itself; one JSON.parse takes a fraction of it.
 */
async function groups(payload: Payload, dialect: Dialect, query: SQL, keys: [string, string]): Promise<Group[]> {
  const columns = sql.raw([...keys, ...measures].map((c) => `g.${c}`).join(', '))
  const packed =
    dialect === 'sqlite'
      ? sql`SELECT json_group_array(json_array(${columns})) AS packed FROM (${query}) g`
      : sql`SELECT json_agg(json_build_array(${columns})) AS packed FROM (${query}) g`
  const [row] = await rows(payload, dialect, packed)
  const value = row?.packed
  return (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as Group[]
}

const num = (v: unknown): number | null => (v == null ? null : Number(v))
const toSums = ([, , value, denominator, female, male, ethnicMinority, reports]: Group): Sums => ({
  value: num(value) ?? 0,
  denominator: num(denominator),
  female: num(female),
  male: num(male),
  ethnicMinority: num(ethnicMinority),
  reports: Number(reports),
})
const id = (v: unknown): Id => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as Id))

/** One plan's progress, totalled by SQL GROUP BY in SQLite or PostgreSQL. */
export async function aggregateSql(payload: Payload, dialect: Dialect, q: AggregateQuery): Promise<AggregateRows> {
  const byCommune = (await groups(payload, dialect, byCommuneQuery(q), ['indicator', 'org_unit'])).map((g) => ({ indicator: id(g[0]), orgUnit: id(g[1]), ...toSums(g) }))
  const byPeriod = (await groups(payload, dialect, byPeriodQuery(q), ['indicator', 'period'])).map((g) => ({ indicator: id(g[0]), period: id(g[1]), ...toSums(g) }))
  const received = (await rows(payload, dialect, receivedQuery(q))).map((r) => ({ period: id(r.period), received: Number(r.received), approved: Number(r.approved), late: Number(r.late) }))
  // Totals add up the per-commune groups (one row per indicator and commune), not documents:
  // the communes partition the counted values, so this equals a GROUP BY indicator without a third scan.
  const totals = new Map<string, { indicator: Id } & Sums>()
  for (const row of byCommune) {
    const key = String(row.indicator)
    totals.set(key, { indicator: row.indicator, ...addSums(totals.get(key) ?? emptySums(), row) })
  }
  return { byCommune, byPeriod, totals: [...totals.values()], received }
}
