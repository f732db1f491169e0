import { configToSchema } from '@payloadcms/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrationsForDatabase } from '../../cms/migrations'
import type { IndicatorReport } from '../../cms/payload-types'
import { planProgress } from '../../cms/progress/aggregate'
import { idOf } from '../../collections/fields/relations'
import { createReportingFixture, type ReportingFixture } from '../fixtures/reportingFixture'
import { rest, tokenFor } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

let ctx: TestContext
let f: ReportingFixture
let planId: number

const iso = (day: string) => `${day}T00:00:00.000Z`
const v = (indicator: { id: unknown }, value: number, extra: Record<string, number> = {}) => ({ indicator: indicator.id as number, value, ...extra })

beforeAll(async () => {
  ctx = await startTestPayload()
  f = await createReportingFixture(ctx.payload)
  planId = f.plan.id as number
})
afterAll(() => ctx?.close())

const period = (code: string, start: string, end: string) =>
  ctx.payload.create({
    collection: 'reporting-periods',
    data: { plan: planId, code, name: code, kind: 'half-year', startDate: iso(start), endDate: iso(end), communeDeadline: iso(end), communeUpdateDeadline: iso(end), districtDeadline: iso(end), districtUpdateDeadline: iso(end) },
  })
// System writes (no user): statuses set as the workflow would have left them.
const report = (unit: { id: unknown }, p: { id: unknown }, status: string, values: object[]) =>
  ctx.payload.create({ collection: 'indicator-reports', data: { plan: planId, period: p.id, orgUnit: unit.id, status, values } as never }) as Promise<IndicatorReport>
const setStatus = (r: { id: unknown }, status: string, values?: object[]) =>
  ctx.payload.update({ collection: 'indicator-reports', id: r.id as number, data: { status, ...(values ? { values } : {}) } as never })

/** The fact table as rows comparable with what the approved reports say. */
async function factTable() {
  const { docs } = await ctx.payload.find({ collection: 'approved-values', pagination: false, depth: 0, overrideAccess: true })
  return docs.map((d) => [idOf(d.report), idOf(d.orgUnit), idOf(d.period), d.periodEnd, idOf(d.indicator), d.value, d.denominator ?? null, d.female ?? null]).sort()
}
async function approvedReportValues() {
  const { docs } = await ctx.payload.find({ collection: 'indicator-reports', where: { status: { equals: 'approved' } }, pagination: false, depth: 1, overrideAccess: true })
  return docs
    .flatMap((r) => (r.values ?? []).map((x) => {
      const p = r.period as { id: number; endDate: string }
      return [r.id, idOf(r.orgUnit), p.id, p.endDate, idOf(x.indicator), x.value, x.denominator ?? null, x.female ?? null]
    }))
    .sort()
}
const teamsTotal = async (asOf: string) => (await planProgress(ctx.payload, planId, asOf)).indicators.find((i) => i.code === 'T-01')!.total.value

describe('the approved values progress is totalled from', () => {
  it('follows every approval, reopening, correction, date change and deletion, always equal to the approved reports', async () => {
    const { communeA: A, communeC: C } = f.units
    const { teams, trained, access } = f.indicators
    const P1 = await period('F24-H1', '2024-01-01', '2024-06-30')
    const P2 = await period('F24-H2', '2024-07-01', '2024-12-31')
    const asOf = iso('2025-12-31')

    const a1 = await report(A, P1, 'approved', [v(teams, 2), v(trained, 10, { female: 6, male: 4 }), v(access, 5, { denominator: 50 })])
    const c1 = await report(C, P1, 'submitted', [v(teams, 7)])
    const a2 = await report(A, P2, 'approved', [v(teams, 3)])
    expect(await factTable()).toEqual(await approvedReportValues())
    expect((await factTable()).length).toBe(4)
    expect(await teamsTotal(asOf)).toBe(5)

    await setStatus(c1, 'approved')
    expect(await teamsTotal(asOf)).toBe(12)

    // Reopened by an administrator: out of the totals until approved again, then with the corrected values only.
    await setStatus(a1, 'submitted')
    expect(await teamsTotal(asOf)).toBe(10)
    await setStatus(a1, 'approved', [v(teams, 20)])
    expect(await teamsTotal(asOf)).toBe(30)
    expect(await factTable()).toEqual(await approvedReportValues())

    // The second half-year is moved past the date asked about: its values leave that view.
    await ctx.payload.update({ collection: 'reporting-periods', id: P2.id, data: { endDate: iso('2026-12-31'), communeDeadline: iso('2026-12-31'), communeUpdateDeadline: iso('2026-12-31'), districtDeadline: iso('2026-12-31'), districtUpdateDeadline: iso('2026-12-31') } })
    expect(await teamsTotal(asOf)).toBe(27)
    expect(await factTable()).toEqual(await approvedReportValues())

    await ctx.payload.delete({ collection: 'indicator-reports', id: a2.id })
    await ctx.payload.delete({ collection: 'indicator-reports', id: c1.id })
    expect(await teamsTotal(iso('2099-12-31'))).toBe(20)
    expect(await factTable()).toEqual(await approvedReportValues())
  })

  it('is filled, when an installation upgrades, from the reports approved before it existed', async () => {
    const P = await period('F23-H2', '2023-07-01', '2023-12-31')
    await report(f.units.communeC, P, 'approved', [v(f.indicators.teams, 4), v(f.indicators.access, 3, { denominator: 30 })])
    const before = await approvedReportValues()
    expect(before.length).toBeGreaterThan(2)
    const migration = (await migrationsForDatabase()).find((m) => m.name.endsWith('_approved_values'))!
    const args = { db: (ctx.payload.db as unknown as { drizzle: unknown }).drizzle, payload: ctx.payload, req: {} }
    await migration.down(args)
    await migration.up(args)
    expect(await factTable()).toEqual(before)
  })

  it('is closed to every API client, even an administrator: only the published summaries are public', async () => {
    const admin = await tokenFor(ctx, f.users.admin.email)
    for (const token of [undefined, admin]) {
      const response = await rest(ctx, 'GET', '/approved-values', { token })
      expect(response.status).toBe(403)
    }
    const queries = configToSchema(ctx.payload.config).schema.getQueryType()!.getFields()
    expect(Object.keys(queries)).toContain('IndicatorReports')
    expect(Object.keys(queries).filter((name) => /approved/i.test(name))).toEqual([])
  })
})
