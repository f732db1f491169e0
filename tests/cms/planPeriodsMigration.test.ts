import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assignPeriodsToPlans } from '../../cms/migrations/assignPeriodsToPlans'
import { planProgress } from '../../cms/progress/aggregate'
import { body } from '../fixtures/accessWorld'
import { createReportingFixture, type ReportingFixture } from '../fixtures/reportingFixture'
import { rawSqlOf } from '../helpers/rawSql'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

/** The upgrade to plan-owned periods (migration plan_periods), on an install staged as it was before. */
let ctx: TestContext
let f: ReportingFixture

beforeAll(async () => {
  ctx = await startTestPayload()
  f = await createReportingFixture(ctx.payload)
}, 120_000)
afterAll(() => ctx?.close())

const periodsOf = async (plan: unknown) =>
  (await ctx.payload.find({ collection: 'reporting-periods', where: { plan: { equals: plan } }, sort: 'startDate', pagination: false, depth: 0 })).docs

describe('upgrading an install whose periods belonged to no plan', () => {
  it('gives each period to the plan that reports in it, and another plan’s reports a copy, losing and moving no report', async () => {
    const { payload } = ctx
    const raw = rawSqlOf(ctx)
    const { sql } = raw
    const other = await payload.create({ collection: 'plans', data: { title: 'Kế hoạch thứ hai trước nâng cấp', issuingBody: 'Hội LHPN', body: body('x') as never, _status: 'published' } })
    const otherPeriod = await payload.create({ collection: 'reporting-periods', data: { ...f.periods.open, id: undefined, plan: other.id } as never })
    const teams = f.indicators.teams.id
    const mine = [
      await payload.create({ collection: 'indicator-reports', data: { plan: f.plan.id, period: f.periods.open.id, orgUnit: f.units.communeA.id, status: 'approved', values: [{ indicator: teams, value: 4 }] } as never }),
      await payload.create({ collection: 'indicator-reports', data: { plan: f.plan.id, period: f.periods.open.id, orgUnit: f.units.communeB.id, status: 'draft', values: [{ indicator: teams, value: 1 }] } as never }),
    ]
    const theirs = await payload.create({ collection: 'indicator-reports', data: { plan: other.id, period: otherPeriod.id, orgUnit: f.units.communeC.id, status: 'approved', values: [{ indicator: teams, value: 7 }] } as never })

    // As an older install stored them: one list of periods, shared by the plans' reports.
    await raw.run(sql`UPDATE "indicator_reports" SET "period_id" = ${f.periods.open.id} WHERE "id" = ${theirs.id}`)
    await raw.run(sql`UPDATE "_indicator_reports_v" SET "version_period_id" = ${f.periods.open.id} WHERE "parent_id" = ${theirs.id}`)
    await raw.run(sql`UPDATE "approved_values" SET "period_id" = ${f.periods.open.id} WHERE "report_id" = ${theirs.id}`)
    await raw.run(sql`DELETE FROM "reporting_periods" WHERE "id" = ${otherPeriod.id}`)
    await raw.run(sql`UPDATE "reporting_periods" SET "plan_id" = NULL`)
    const reportsBefore = (await raw.rows(sql`SELECT "id", "plan_id", "status", "late" FROM "indicator_reports" ORDER BY "id"`)).map((r) => JSON.stringify(r))
    const factsBefore = (await raw.rows(sql`SELECT COUNT(*) AS n FROM "approved_values"`))[0]!.n

    const result = await assignPeriodsToPlans(raw)
    expect(result.copied).toBe(1)
    expect(await assignPeriodsToPlans(raw)).toEqual({ assigned: 0, copied: 0, removed: 0 })

    expect((await raw.rows(sql`SELECT "id", "plan_id", "status", "late" FROM "indicator_reports" ORDER BY "id"`)).map((r) => JSON.stringify(r))).toEqual(reportsBefore)
    expect((await raw.rows(sql`SELECT COUNT(*) AS n FROM "approved_values"`))[0]!.n).toBe(factsBefore)
    const periodOf = async (id: unknown) => payload.findByID({ collection: 'reporting-periods', id: ((await payload.findByID({ collection: 'indicator-reports', id: id as number, depth: 0 })).period as number), depth: 0 })
    for (const report of mine) expect((await periodOf(report.id)).id).toBe(f.periods.open.id)
    const copy = await periodOf(theirs.id)
    expect(copy.id).not.toBe(f.periods.open.id)
    expect(copy.plan).toBe(other.id)
    expect([copy.code, copy.name, copy.startDate, copy.endDate, copy.communeDeadline]).toEqual([f.periods.open.code, f.periods.open.name, f.periods.open.startDate, f.periods.open.endDate, f.periods.open.communeDeadline])
    expect((await periodsOf(f.plan.id)).map((p) => p.id).sort()).toEqual([f.periods.open.id, f.periods.closed.id].sort())

    // Each plan's progress counts its own reports in its own periods.
    const asOf = new Date().toISOString()
    const teamsOf = async (plan: unknown) => (await planProgress(payload, plan as number, asOf)).indicators.find((i) => i.code === 'T-01')?.total.value
    expect(await teamsOf(f.plan.id)).toBe(4)
    expect(await teamsOf(other.id)).toBe(7)
  })
})
