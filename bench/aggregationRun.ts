/**
 * Child process of bench/aggregation.ts, on the database named by DATABASE_URI: fills it with
 * COMMUNES × PERIODS × INDICATORS approved values (bulk SQL: the Local API would take hours to
 * create 1.2 million rows), then times the database aggregation against a JavaScript reduce over
 * the Local API's pages of the same reports. Prints one JSON line.
 */
import { sql } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { migrationsForDatabase } from '../cms/migrations'
import { aggregateApproved } from '../cms/progress/aggregate'

const [communes, periods, indicators] = ['BENCH_COMMUNES', 'BENCH_PERIODS', 'BENCH_INDICATORS'].map((k, i) => Number(process.env[k] ?? [4000, 10, 30][i]))
const payload = await getPayload({ config })
await payload.db.migrate({ migrations: await migrationsForDatabase() })
const db = (payload.db as unknown as { drizzle: { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> } }).drizzle
const exec = (text: string) => (db.run ? db.run(sql.raw(text)) : db.execute!(sql.raw(text)))
const postgres = !db.run

const body = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Bench', version: 1 }] }] } }
const plan = await payload.create({ collection: 'plans', data: { title: 'Bench plan', issuingBody: 'Bench', body, _status: 'published' } as never })
const indicatorIds: { id: number; kind: string }[] = []
for (let k = 0; k < indicators; k++) {
  const kind = k % 15 === 14 ? 'ratio' : k % 15 === 13 ? 'latest' : 'sum'
  const doc = await payload.create({ collection: 'indicators', data: { code: `B-${k}`, name: `Chỉ số ${k}`, unit: kind === 'ratio' ? '%' : 'người', contentArea: 'nd1', aggregation: kind } as never })
  indicatorIds.push({ id: doc.id as number, kind })
}
const periodIds: number[] = []
const periodEnds = new Map<number, string>()
for (let p = 0; p < periods; p++) {
  const year = 2020 + Math.floor(p / 2)
  const [start, end] = p % 2 === 0 ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`]
  const iso = (d: string) => `${d}T00:00:00.000Z`
  const doc = await payload.create({ collection: 'reporting-periods', data: { plan: plan.id as number, code: `P${p}`, name: `Kỳ ${p}`, kind: 'half-year', startDate: iso(start), endDate: iso(end), communeDeadline: iso(end), communeUpdateDeadline: iso(end), districtDeadline: iso(end), districtUpdateDeadline: iso(end) } })
  periodIds.push(doc.id as number)
  periodEnds.set(doc.id as number, iso(end))
}

const seedStart = Date.now()
const batch = async (rows: string[], head: string) => {
  for (let i = 0; i < rows.length; i += 1000) await exec(`${head} VALUES ${rows.slice(i, i + 1000).join(',')}`)
}
const firstUnit = 1_000_000
await exec('BEGIN')
await batch(Array.from({ length: communes }, (_, c) => `(${firstUnit + c}, 'Xã ${c}', 'commune')`), 'INSERT INTO org_units (id, name, level)')
const reports: string[] = []
const values: string[] = []
// What approving each report writes (cms/progress/approvedValues.ts), bulk-inserted like the rest.
const approvedValues: string[] = []
let reportId = 1_000_000
for (let c = 0; c < communes; c++) {
  for (const period of periodIds) {
    reportId += 1
    const status = (c + period) % 10 === 0 ? 'submitted' : 'approved'
    reports.push(`(${reportId}, 'r', ${plan.id}, ${period}, ${firstUnit + c}, '${status}', ${postgres ? 'false' : 0})`)
    indicatorIds.forEach(({ id, kind }, k) => {
      const v = (c * 7 + k * 3 + period) % 50
      const den = kind === 'ratio' ? `${v + 10}` : 'NULL'
      const sex = k % 3 === 0 ? `${Math.floor(v / 2)}, ${v - Math.floor(v / 2)}` : 'NULL, NULL'
      values.push(`(${k}, ${reportId}, '${reportId}-${k}', ${id}, ${v}, ${den}, ${sex})`)
      if (status === 'approved') approvedValues.push(`(${reportId}, ${plan.id}, ${id}, ${firstUnit + c}, ${period}, '${periodEnds.get(period)}', ${v}, ${den}, ${sex})`)
    })
  }
  if (values.length >= 60_000 || c === communes - 1) {
    await batch(reports.splice(0), 'INSERT INTO indicator_reports (id, title, plan_id, period_id, org_unit_id, status, late)')
    await batch(values.splice(0), 'INSERT INTO indicator_reports_values (_order, _parent_id, id, indicator_id, value, denominator, female, male)')
    await batch(approvedValues.splice(0), 'INSERT INTO approved_values (report_id, plan_id, indicator_id, org_unit_id, period_id, period_end, value, denominator, female, male)')
  }
}
await exec('COMMIT')
// As a database that has been running: statistics gathered and tables vacuumed (as autovacuum would), the write-ahead log checkpointed.
await exec(postgres ? 'VACUUM ANALYZE' : 'PRAGMA wal_checkpoint(TRUNCATE)')
const seedMs = Date.now() - seedStart

const asOf = '2099-12-31T00:00:00.000Z'
const timings: number[] = []
let rows: Awaited<ReturnType<typeof aggregateApproved>> | null = null
for (let i = 0; i < 3; i++) {
  const t = performance.now()
  rows = await aggregateApproved(payload, { plan: plan.id, asOf })
  timings.push(performance.now() - t)
}
const groups = rows!.byCommune.length
const dbMs = timings.sort((a, b) => a - b)[1]!

// The baseline: the same figures computed without the database's help — every report through
// the Local API, page by page, reduced in JavaScript: per indicator and commune (counts summed,
// other kinds from the latest period), per indicator and period, and reports received per period.
const kinds = new Map(indicatorIds.map((i) => [i.id, i.kind]))
const periodOrder = new Map(periodIds.map((id, k) => [id, k]))
const t = performance.now()
const byCommune = new Map<string, { value: number; den: number; latest: number }>()
const byPeriod = new Map<string, number>()
const received = new Map<number, number>()
let page = 1
let seen = 0
while (process.env.BENCH_SKIP_JS !== '1') {
  const result = await payload.find({ collection: 'indicator-reports', where: { and: [{ plan: { equals: plan.id } }, { status: { in: ['approved', 'submitted'] } }] }, depth: 0, limit: 1000, page, overrideAccess: true })
  for (const doc of result.docs) {
    const period = doc.period as number
    received.set(period, (received.get(period) ?? 0) + 1)
    if (doc.status !== 'approved') continue
    seen += 1
    for (const v of doc.values ?? []) {
      const p = `${v.indicator}|${period}`
      byPeriod.set(p, (byPeriod.get(p) ?? 0) + v.value)
      const key = `${v.indicator}|${doc.orgUnit}`
      const current = byCommune.get(key) ?? { value: 0, den: 0, latest: -1 }
      if (kinds.get(v.indicator as number) === 'sum') byCommune.set(key, { ...current, value: current.value + v.value })
      else if (periodOrder.get(period)! > current.latest) byCommune.set(key, { value: v.value, den: v.denominator ?? 0, latest: periodOrder.get(period)! })
    }
  }
  if (!result.hasNextPage) break
  page += 1
}
const jsMs = performance.now() - t

// The speed-up means nothing unless both give the same figures: every group, value by value.
const differences: string[] = []
if (process.env.BENCH_SKIP_JS !== '1') {
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
  for (const r of rows!.byCommune) {
    const js = byCommune.get(`${r.indicator}|${r.orgUnit}`)
    if (!js || !same(js.value, r.value)) differences.push(`commune ${r.orgUnit}, indicator ${r.indicator}: database ${r.value}, JavaScript ${js?.value}`)
  }
  for (const r of rows!.byPeriod) {
    const js = byPeriod.get(`${r.indicator}|${r.period}`)
    if (js === undefined || !same(js, r.value)) differences.push(`period ${r.period}, indicator ${r.indicator}: database ${r.value}, JavaScript ${js}`)
  }
  for (const r of rows!.received) if (received.get(r.period as number) !== r.received) differences.push(`period ${r.period}: ${r.received} reports received by the database, ${received.get(r.period as number)} in JavaScript`)
  if (rows!.byCommune.length !== byCommune.size) differences.push(`${rows!.byCommune.length} commune groups from the database, ${byCommune.size} in JavaScript`)
  if (rows!.byPeriod.length !== byPeriod.size) differences.push(`${rows!.byPeriod.length} period groups from the database, ${byPeriod.size} in JavaScript`)
}

console.log(JSON.stringify({ values: communes * periods * indicators, approvedReports: seen, groups, jsGroups: byCommune.size, seedMs, dbMs, jsMs, differences: differences.slice(0, 20), differenceCount: differences.length }))
process.exit(0)
