import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { body, buildAccessWorld, type AccessWorld } from '../fixtures/accessWorld'
import { graphQLRequest } from '../helpers/apis'
import { rest } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

let ctx: TestContext
let world: AccessWorld

beforeAll(async () => {
  ctx = await startTestPayload()
  world = await buildAccessWorld(ctx)
}, 240_000)
afterAll(() => ctx?.close())

/**
 * What was found on the landed main (issue 9), each as it was reproduced: these say what the
 * policy must contain, where the matrix (accessMatrix.test.ts) only proves the access functions follow it.
 */
describe('the leaks and holes found before the policy', () => {
  const versionsOf = async (slug: string, token?: string) => {
    const response = await rest(ctx, 'GET', `/${slug}/versions?limit=1000&depth=0`, { token })
    const body = (await response.json()) as { docs?: { parent: unknown; version: Record<string, unknown> }[] }
    return { status: response.status, docs: body.docs ?? [] }
  }

  it("another commune's officer reads no report history; judges read no entry or score sheet history", async () => {
    const { communeC, judgeA, judgeFree, district2 } = world.byName
    const reports = await versionsOf('indicator-reports', communeC.token)
    expect(reports.status).toBe(200)
    expect(reports.docs.length).toBeGreaterThan(0)
    expect(reports.docs.every((v) => String(v.version.orgUnit) === world.units.c)).toBe(true)
    const ofDistrict2 = await versionsOf('indicator-reports', district2.token)
    expect(ofDistrict2.docs.map((v) => String(v.version.orgUnit))).not.toContain(world.units.a)
    const graph = await graphQLRequest(ctx, '{ versionsIndicatorReports(limit: 1000) { docs { version { orgUnit { id } } } } }', communeC.token)
    const units = (graph.data?.versionsIndicatorReports as { docs: { version: { orgUnit: { id: number } | null } }[] }).docs.map((d) => String(d.version.orgUnit?.id))
    expect(units.every((u) => u === world.units.c)).toBe(true)
    for (const judge of [judgeA, judgeFree]) {
      for (const slug of ['contest-entries', 'contest-scores']) {
        const refused = await rest(ctx, 'GET', `/${slug}/versions`, { token: judge.token })
        expect(refused.status, `${judge.name} ${slug}`).toBe(403)
        expect((await refused.json()).errors[0].message).toContain('không có quyền')
      }
    }
  })

  it("a district officer cannot edit another district's plan, the shared catalogue, period deadlines or another plan's progress", async () => {
    const { district2, district1 } = world.byName
    const plan = await rest(ctx, 'PATCH', `/plans/${world.refs.planD1}`, { token: district2.token, body: { title: 'Sửa trái phép' } })
    expect([403, 404]).toContain(plan.status)
    const sensitive = await rest(ctx, 'PATCH', `/indicators/${world.refs.indicator}`, { token: district1.token, body: { sensitive: false } })
    expect(sensitive.status).toBe(403)
    const deadline = await rest(ctx, 'PATCH', `/reporting-periods/${world.refs.openPeriod}`, { token: district1.token, body: { communeDeadline: new Date().toISOString() } })
    expect(deadline.status).toBe(403)
    const summary = await rest(ctx, 'POST', '/progress-summaries', { token: district2.token, body: { title: 'Tiến độ của huyện khác', plan: Number(world.refs.planD1), asOf: new Date().toISOString() } })
    expect(summary.status).toBe(403)
    expect((await summary.json()).errors[0].message).toContain('đơn vị mình phụ trách')
    const moved = await rest(ctx, 'PATCH', `/plans/${world.refs.planD1}`, { token: district1.token, body: { owner: Number(world.units.d2) } })
    expect(moved.status).toBe(403)
    expect(String((await ctx.payload.findByID({ collection: 'plans', id: world.refs.planD1, depth: 0 })).owner)).toBe(world.units.d1)
  })

  it('a commune officer cannot move its own commune to another district', async () => {
    const { communeA } = world.byName
    await rest(ctx, 'PATCH', `/org-units/${world.units.a}`, { token: communeA.token, body: { parent: Number(world.units.d2), level: 'village', validTo: '2025-06-30T00:00:00.000Z' } })
    const unit = await ctx.payload.findByID({ collection: 'org-units', id: world.units.a, depth: 0 })
    expect(String(unit.parent)).toBe(world.units.d1)
    expect(unit.level).toBe('commune')
    expect(unit.validTo ?? null).toBeNull()
  })

  it('an organiser can name the judges of a contest (they read judge accounts, and only those)', async () => {
    const { organiser, judgeFree, communeA } = world.byName
    const created = await rest(ctx, 'POST', '/contests', {
      token: organiser.token,
      body: { title: 'Hội thi có giám khảo', rules: body('Thể lệ'), opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), criteria: [{ name: 'A', weight: 1, maxScore: 10 }], judges: [Number(judgeFree.userId)] },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const users = (await (await rest(ctx, 'GET', '/users?limit=100', { token: organiser.token })).json()) as { docs: { id: unknown; role: string }[] }
    expect(users.docs.every((u) => u.role === 'judge' || String(u.id) === organiser.userId)).toBe(true)
    expect(users.docs.map((u) => String(u.id))).not.toContain(communeA.userId)
  })

  it('only administrators run jobs; nobody writes locks for someone else', async () => {
    const { communeA, judgeFree } = world.byName
    expect((await rest(ctx, 'GET', '/payload-jobs/run', { token: judgeFree.token })).status).toBe(401)
    const lock = await rest(ctx, 'POST', '/payload-locked-documents', {
      token: communeA.token,
      body: { document: { relationTo: 'plans', value: Number(world.refs.planD2) }, user: { relationTo: 'users', value: Number(judgeFree.userId) } },
    })
    expect(lock.status).toBe(403)
  })

  it('a private file cannot be taken over by listing it on another report or entry', async () => {
    const { communeA, organiser } = world.byName
    const reportA = (await ctx.payload.find({ collection: 'indicator-reports', where: { and: [{ orgUnit: { equals: world.units.a } }, { status: { equals: 'draft' } }] }, depth: 0 })).docs[0]
    const fileC = (await ctx.payload.find({ collection: 'private-files', where: { orgUnit: { equals: world.units.c } }, depth: 0 })).docs[0]
    const asCommune = await rest(ctx, 'PATCH', `/indicator-reports/${reportA.id}`, { token: communeA.token, body: { evidence: [...(reportA.evidence ?? []), fileC.id] } })
    expect(asCommune.status).toBe(403)
    expect((await asCommune.json()).errors[0].message).toContain('Chỉ gắn được tệp')
    const entry = world.docs['contest-entries'][0]
    const asOrganiser = await rest(ctx, 'PATCH', `/contest-entries/${entry.id}`, { token: organiser.token, body: { files: [fileC.id] } })
    expect(asOrganiser.status).toBe(403)
    const after = await ctx.payload.findByID({ collection: 'private-files', id: fileC.id, depth: 0 })
    expect(String(after.orgUnit)).toBe(world.units.c)
    expect(after.entry ?? null).toBeNull()
  })

  it('neither a copy nor a restored version carries a plan out of its unit', async () => {
    const { district1, district2 } = world.byName
    const plansBefore = (await ctx.payload.count({ collection: 'plans' })).totalDocs
    const copy = await rest(ctx, 'POST', `/plans/${world.refs.planD1}/duplicate`, { token: district2.token, body: { title: 'Bản sao trái phép' } })
    expect(copy.ok).toBe(false)
    expect((await ctx.payload.count({ collection: 'plans' })).totalDocs).toBe(plansBefore)

    const plan = await ctx.payload.create({ collection: 'plans', data: { title: 'Kế hoạch chuyển giao', issuingBody: 'Hội LHPN', owner: Number(world.units.d2), body: body('x') } as never })
    await ctx.payload.update({ collection: 'plans', id: plan.id, data: { owner: Number(world.units.d1) } as never })
    const old = (await ctx.payload.findVersions({ collection: 'plans', where: { and: [{ parent: { equals: plan.id } }, { 'version.owner': { equals: world.units.d2 } }] }, depth: 0 })).docs[0]
    const restore = await rest(ctx, 'POST', `/plans/versions/${old.id}`, { token: district1.token })
    expect(restore.status).toBe(403)
    expect((await restore.json()).errors[0].message).toContain('đơn vị mình phụ trách')
    expect(String((await ctx.payload.findByID({ collection: 'plans', id: plan.id, depth: 0, draft: true })).owner)).toBe(world.units.d1)
  })

  it('only an administrator lifts a lockout', async () => {
    const { judgeA, admin } = world.byName
    const email = world.byName.communeA.user!.email
    expect((await rest(ctx, 'POST', '/users/unlock', { token: judgeA.token, body: { email } })).status).toBe(403)
    expect((await rest(ctx, 'POST', '/users/unlock', { body: { email } })).status).toBe(403)
    expect((await rest(ctx, 'POST', '/users/unlock', { token: admin.token, body: { email } })).status).toBe(200)
  })
})
