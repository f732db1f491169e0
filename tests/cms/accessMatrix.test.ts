import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectionPolicy, globalPolicy, type Grants, type Operation } from '../../cms/access/policy'
import { rules, type RuleName } from '../../cms/access/rules'
import { body, buildAccessWorld, harmlessField, newDocuments, type AccessWorld, type Identity, type WorldDoc } from '../fixtures/accessWorld'
import { apis, createDoc, deleteDoc, graphQLNames, graphQLRequest, listDocs, listVersionParents, updateDoc, type Api, type Outcome } from '../helpers/apis'
import { pngImage } from '../helpers/files'
import { rest } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

/**
 * Every identity × every collection × read / create / update / delete / versions × Local API
 * (overrideAccess: false), REST and GraphQL, generated from cms/access/policy.ts. What each
 * identity should reach is worked out here from the facts the fixture wrote down when it made
 * each document (who owns it, whether it is published, who judges it), not by calling the
 * access functions under test.
 */
let ctx: TestContext
let world: AccessWorld
const counts = { checks: 0 }

beforeAll(async () => {
  ctx = await startTestPayload()
  world = await buildAccessWorld(ctx)
}, 240_000)
afterAll(async () => {
  console.log(`access matrix: ${counts.checks} checks`)
  await ctx?.close()
})

/** The audience rule, restated: the user's role, else any logged-in user, else everybody. */
function granted(grants: Grants | undefined, who: Identity): RuleName[] {
  const grant = (who.role && grants?.[who.role]) || (who.user && grants?.authenticated) || grants?.anyone
  return grant ? ([grant].flat() as RuleName[]) : []
}

/** What each rule means for one document and one identity, from the fixture's facts. */
const oracle: Record<RuleName, ((doc: WorldDoc, who: Identity) => boolean) | 'fields only'> = {
  all: () => true,
  published: (d) => d.facts.published === true,
  unitTree: (d, w) => w.unit != null && (d.facts.ownUnitDefault === true || (d.facts.unitChain ?? []).includes(w.unit)),
  self: (d, w) => d.id === w.userId,
  judgeAccount: (d) => d.facts.role === 'judge',
  judgedContest: (d, w) => (d.facts.judges ?? []).includes(w.userId ?? ''),
  showcase: (d) => d.facts.showcase === true,
  assignedEntry: (d, w) => (d.facts.judges ?? []).includes(w.userId ?? '') && d.facts.screened === true && d.facts.commune !== w.unit,
  ownSheet: (d, w) => d.facts.judge === w.userId,
  ownLock: (d, w) => d.facts.ownerUser === w.userId,
  takeOverLock: () => false,
  ownPreference: (d, w) => d.facts.ownerUser === w.userId,
  unlessBlind: 'fields only',
  namesConsented: 'fields only',
  publicMedia: (d) => d.facts.published === true,
  entryFile: (d) => d.facts.entryFile === true,
  assignedEntryFile: (d, w) => d.facts.entryFile === true && (d.facts.judges ?? []).includes(w.userId ?? '') && d.facts.screened === true && d.facts.commune !== w.unit,
  ownUpload: (d, w) => d.facts.uploadedBy != null && d.facts.uploadedBy === w.userId,
}

function allowed(slug: string, op: Operation, doc: WorldDoc, who: Identity): boolean {
  return granted(collectionPolicy[slug][op], who).some((name) => {
    const rule = oracle[name]
    if (rule === 'fields only') throw new Error(`${name} used for documents`)
    return op === 'create' && name === 'ownSheet' ? true : rule(doc, who)
  })
}

const sorted = (ids: string[]) => [...ids].sort()
const worldIds = (slug: string) => new Set((world.docs[slug] ?? []).map((d) => d.id))
/** A refusal by access — not a validation error, not a crash. */
function expectRefusedByAccess(outcome: Outcome, context: string) {
  expect(outcome.ok, context).toBe(false)
  expect([401, 403, 404], `${context}: ${outcome.status} ${outcome.message}`).toContain(outcome.status)
  expect(outcome.message, context).toMatch(/không có quyền|not allowed|không tìm thấy|not found|đơn vị mình phụ trách|cannot query field/i)
}
const readRaw = async (slug: string, id: string) =>
  (await ctx.payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, draft: true })) as unknown as Record<string, unknown>
const graphQLOff = (slug: string, api: Api) => api === 'graphql' && graphQLNames(ctx.payload, slug) == null

const generic = Object.keys(collectionPolicy).filter((slug) => !slug.startsWith('payload-'))

describe('the policy', () => {
  it('has a row for every collection and global the running config has, and no other', () => {
    expect(sorted(Object.keys(ctx.payload.collections))).toEqual(sorted(Object.keys(collectionPolicy)))
    expect(sorted(ctx.payload.config.globals.map((g) => g.slug))).toEqual(sorted(Object.keys(globalPolicy)))
  })

  it('every rule it names has a meaning here, and every versioned collection says who reads versions', () => {
    for (const policy of Object.values(collectionPolicy)) {
      for (const op of ['read', 'create', 'update', 'delete', 'readVersions'] as const) {
        for (const names of Object.values(policy[op] ?? {})) for (const name of [names].flat()) expect(oracle[name as RuleName]).not.toBe('fields only')
      }
    }
    expect(sorted(Object.keys(oracle))).toEqual(sorted(Object.keys(rules)))
    for (const [slug, collection] of Object.entries(ctx.payload.collections)) {
      if (collection.config.versions) expect(collectionPolicy[slug].readVersions, slug).toBeDefined()
    }
  })
})

describe('the fixture', () => {
  it('has documents, a harmless field and a new-document recipe for every collection, so no policy row goes untested', async () => {
    for (const slug of generic) {
      expect(world.docs[slug]?.length, slug).toBeGreaterThan(0)
      expect(harmlessField[slug], slug).toBeDefined()
      expect((await newDocuments(world, slug)).length, slug).toBeGreaterThan(0)
    }
  })
})

describe.each(generic)('%s', (slug) => {
  /** Every identity lists, through every API, exactly the fixture documents the policy grants it (or is refused). */
  async function checkListings(op: 'read' | 'readVersions', list: typeof listDocs) {
    for (const who of world.identities) {
      const expected = (world.docs[slug] ?? []).filter((d) => allowed(slug, op, d, who)).map((d) => d.id)
      const none = granted(collectionPolicy[slug][op], who).length === 0
      for (const api of apis) {
        if (graphQLOff(slug, api)) continue
        counts.checks += 1
        const context = `${who.name} ${api} ${op} ${slug}`
        const outcome = await list(ctx, api, slug, { user: who.user, token: who.token })
        if (none) expectRefusedByAccess(outcome, context)
        else {
          expect(outcome.ok, `${context}: ${outcome.message}`).toBe(true)
          expect(sorted(outcome.ids.filter((id) => worldIds(slug).has(id))), context).toEqual(sorted(expected))
        }
      }
    }
  }

  it('reads: each identity lists exactly the documents the policy grants it, through every API', () => checkListings('read', listDocs))

  it('versions: each identity lists the history only of what the policy lets it read versions of', async () => {
    if (ctx.payload.collections[slug as CollectionSlug].config.versions) await checkListings('readVersions', listVersionParents)
  })

  it('creates: allowed exactly where the policy says, refused with the reason elsewhere', async () => {
    const image = await pngImage(12, 12)
    for (const variant of await newDocuments(world, slug)) {
      for (const who of world.identities) {
        const expectAllowed = allowed(slug, 'create', { id: 'new', facts: variant.facts }, who)
        for (const api of apis) {
          if (graphQLOff(slug, api) || (variant.file && api === 'graphql')) continue // Payload's GraphQL takes no file uploads
          counts.checks += 1
          const context = `${who.name} ${api} create ${slug} (${variant.label})`
          const fresh = (await newDocuments(world, slug)).find((v) => v.label === variant.label)!.data
          let outcome: Outcome
          if (variant.file && api === 'rest') {
            const form = new FormData()
            form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'anh-moi.png')
            form.append('_payload', JSON.stringify(fresh))
            const response = await rest(ctx, 'POST', `/${slug}`, { token: who.token, form })
            const body = (await response.json()) as { doc?: { id: unknown }; errors?: { message: string }[] }
            outcome = { ok: response.ok, status: response.status, message: body.errors?.map((e) => e.message).join(' ') ?? '', ids: [], id: body.doc ? String(body.doc.id) : undefined }
          } else if (variant.file) {
            try {
              const doc = await ctx.payload.create({ collection: slug as CollectionSlug, data: fresh as never, file: { data: image, mimetype: 'image/png', name: 'anh-moi.png', size: image.length }, overrideAccess: false, user: who.user ?? undefined })
              outcome = { ok: true, status: 201, message: '', ids: [], id: String(doc.id) }
            } catch (error) {
              const e = error as { status?: number; message: string }
              outcome = { ok: false, status: e.status ?? 500, message: e.message, ids: [] }
            }
          } else outcome = await createDoc(ctx, api, slug, { user: who.user, token: who.token }, fresh)
          if (expectAllowed) {
            expect(outcome.ok, `${context}: ${outcome.status} ${outcome.message}`).toBe(true)
            await ctx.payload.delete({ collection: slug as CollectionSlug, id: outcome.id!, overrideAccess: true })
          } else {
            expectRefusedByAccess(outcome, context)
          }
        }
      }
    }
  })

  it('updates: changes stick exactly where the policy says; elsewhere refused and nothing changes', async () => {
    const field = harmlessField[slug]
    for (const doc of world.docs[slug] ?? []) {
      for (const who of world.identities) {
        const expectAllowed = allowed(slug, 'update', doc, who)
        for (const api of apis) {
          if (graphQLOff(slug, api)) continue
          counts.checks += 1
          const context = `${who.name} ${api} update ${slug} ${doc.id}`
          const marker = field === 'value' ? 4242 : `${who.name} ${api} ${counts.checks}`
          const before = await readRaw(slug, doc.id)
          const outcome = await updateDoc(ctx, api, slug, { user: who.user, token: who.token }, doc.id, { [field]: marker })
          const after = await readRaw(slug, doc.id)
          if (expectAllowed && doc.facts.locked) {
            expect(outcome.ok, context).toBe(false)
            expect(outcome.message, context).toContain('đã được duyệt')
            expect(after[field], context).toEqual(before[field])
          } else if (expectAllowed) {
            expect(outcome.ok, `${context}: ${outcome.status} ${outcome.message}`).toBe(true)
            expect(after[field], context).toEqual(marker)
          } else {
            expectRefusedByAccess(outcome, context)
            expect(after[field], context).toEqual(before[field])
          }
        }
      }
    }
  })

  it('deletes: allowed exactly where the policy says; elsewhere refused and the document stays', async () => {
    // A document made by the system has no creator's unit to default to: use one that names its unit.
    const [variant] = (await newDocuments(world, slug)).filter((v) => !v.facts.ownUnitDefault)
    if (!variant) return
    const image = await pngImage(12, 12)
    for (const who of world.identities) {
      for (const api of apis) {
        if (graphQLOff(slug, api)) continue
        counts.checks += 1
        const fresh = (await newDocuments(world, slug)).find((v) => v.label === variant.label)!.data
        const made = await ctx.payload.create({
          collection: slug as CollectionSlug,
          data: (slug === 'approved-values' ? { ...fresh, report: Number((await ctx.payload.find({ collection: 'indicator-reports', limit: 1, depth: 0 })).docs[0].id) } : fresh) as never,
          ...(variant.file ? { file: { data: image, mimetype: 'image/png', name: 'xoa.png', size: image.length } } : {}),
          depth: 0,
        })
        const doc = { id: String(made.id), facts: variant.facts }
        const context = `${who.name} ${api} delete ${slug}`
        const outcome = await deleteDoc(ctx, api, slug, { user: who.user, token: who.token }, doc.id)
        const still = await ctx.payload.count({ collection: slug as CollectionSlug, where: { id: { equals: doc.id } } })
        if (allowed(slug, 'delete', doc, who)) {
          expect(outcome.ok, `${context}: ${outcome.status} ${outcome.message}`).toBe(true)
          expect(still.totalDocs, context).toBe(0)
        } else {
          expectRefusedByAccess(outcome, context)
          expect(still.totalDocs, context).toBe(1)
          await ctx.payload.delete({ collection: slug as CollectionSlug, id: doc.id })
        }
      }
    }
  })
})

describe('globals', () => {
  it.each(Object.keys(globalPolicy))('%s: read and update as the policy says, over the Local API and REST', async (slug) => {
    for (const who of world.identities) {
      const canRead = granted(globalPolicy[slug].read, who).length > 0
      const canUpdate = granted(globalPolicy[slug].update, who).length > 0
      counts.checks += 2
      const read = await rest(ctx, 'GET', `/globals/${slug}`, { token: who.token })
      expect(read.status, `${who.name} read ${slug}`).toBe(canRead ? 200 : 403)
      const local = ctx.payload.findGlobal({ slug: slug as never, overrideAccess: false, user: who.user ?? undefined })
      if (canRead) await expect(local).resolves.toBeDefined()
      else await expect(local).rejects.toThrow(/not allowed|không có quyền/i)
      const update = await rest(ctx, 'POST', `/globals/${slug}`, { token: who.token, body: slug === 'site-settings' ? { portalName: 'Cổng thử nghiệm' } : {} })
      expect(update.status, `${who.name} update ${slug}`).toBe(canUpdate ? 200 : 403)
    }
  })
})

describe("Payload's own collections", () => {
  it('locks: anyone logged in sees them; only the holder removes a lock; taking one over is only for oneself', async () => {
    const { district1, district2, communeA } = world.byName
    // A fresh lock: saving a document (as the matrix above did to this plan) releases its lock.
    const lock = await ctx.payload.db.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'plans', value: Number(world.refs.planD1) || world.refs.planD1 }, user: { relationTo: 'users', value: Number(district1.userId) } },
    })
    counts.checks += 5
    expect((await rest(ctx, 'GET', '/payload-locked-documents')).status).toBe(403)
    const seen = await rest(ctx, 'GET', '/payload-locked-documents', { token: communeA.token })
    expect(seen.status).toBe(200)
    const forSomeoneElse = await rest(ctx, 'PATCH', `/payload-locked-documents/${lock.id}`, { token: district2.token, body: { user: { relationTo: 'users', value: Number(communeA.userId) } } })
    expect(forSomeoneElse.status).toBe(403)
    expect((await rest(ctx, 'DELETE', `/payload-locked-documents/${lock.id}`, { token: district2.token })).status).toBe(403)
    expect((await rest(ctx, 'DELETE', `/payload-locked-documents/${lock.id}`, { token: district1.token })).status).toBe(200)
  })

  it('preferences: each user reaches only their own', async () => {
    for (const who of world.identities.filter((w) => w.user)) {
      counts.checks += 1
      const listed = await rest(ctx, 'GET', '/payload-preferences?limit=100', { token: who.token })
      const ids = ((await listed.json()) as { docs: { id: unknown }[] }).docs.map((d) => String(d.id))
      const own = world.docs['payload-preferences'].filter((d) => d.facts.ownerUser === who.userId).map((d) => d.id)
      expect(sorted(ids.filter((id) => worldIds('payload-preferences').has(id))), who.name).toEqual(sorted(own))
    }
  })

  it('jobs: only administrators run the queue over the API; nobody reads or writes jobs', async () => {
    for (const who of world.identities) {
      counts.checks += 3
      const run = await rest(ctx, 'GET', '/payload-jobs/run', { token: who.token })
      expect(run.status, who.name).toBe(who.role === 'admin' ? 200 : 401)
      expect([403, 404]).toContain((await rest(ctx, 'GET', '/payload-jobs', { token: who.token })).status)
      expect([403, 404]).toContain((await rest(ctx, 'GET', '/payload-kv', { token: who.token })).status)
    }
  })
})

describe('custom endpoints', () => {
  it('each is called only by those its policy row names', async () => {
    const { refs } = world
    const period = refs.openPeriod
    const cases: { path: string; method: string; allowedFor: (w: Identity) => boolean; raw?: { body: string; type: string } }[] = [
      { path: `/indicator-reports/consolidation?plan=${refs.planD1}&period=${period}`, method: 'GET', allowedFor: (w) => w.role === 'admin' || w.name === 'district1' },
      { path: `/indicator-reports/consolidation?plan=${refs.planD2}&form=mau-3-1&year=2026`, method: 'GET', allowedFor: (w) => w.role === 'admin' || w.name === 'district2' },
      { path: `/contests/${refs.judging}/ranking`, method: 'GET', allowedFor: (w) => w.role === 'admin' || w.role === 'contest-organiser' },
      {
        path: `/indicator-reports/import-csv?plan=${refs.planD1}`,
        method: 'POST',
        raw: { body: 'xa,ky,ma_chi_tieu,gia_tri,mau_so,nu,nam,dtts,ghi_chu\n', type: 'text/csv' },
        allowedFor: (w) => ['admin', 'district-officer', 'commune-officer'].includes(w.role ?? ''),
      },
    ]
    for (const c of cases) {
      for (const who of world.identities) {
        counts.checks += 1
        const response = await rest(ctx, c.method, c.path, { token: who.token, raw: c.raw })
        const context = `${who.name} ${c.method} ${c.path}`
        if (c.allowedFor(who)) expect([200, 400], context).toContain(response.status)
        else expect(response.status, context).toBe(403)
      }
    }
  })
})

describe('restricted fields', () => {
  it('org-unit structure, indicator rules, deadlines and roles change only by an administrator', async () => {
    const { communeA, district1 } = world.byName
    const cases: { who: Identity; slug: string; id: string; data: Record<string, unknown> }[] = [
      { who: communeA, slug: 'org-units', id: world.units.a, data: { parent: Number(world.units.d2), level: 'village', validTo: '2025-06-30T00:00:00.000Z' } },
      { who: district1, slug: 'org-units', id: world.units.a, data: { parent: Number(world.units.d2), successors: [Number(world.units.c)] } },
      { who: communeA, slug: 'users', id: communeA.userId!, data: { role: 'admin', orgUnit: Number(world.units.c) } },
    ]
    for (const c of cases) {
      for (const api of ['local', 'rest'] as const) {
        counts.checks += 1
        const before = await readRaw(c.slug, c.id)
        await updateDoc(ctx, api, c.slug, { user: c.who.user, token: c.who.token }, c.id, c.data)
        const after = await readRaw(c.slug, c.id)
        for (const key of Object.keys(c.data)) expect(after[key], `${c.who.name} ${api} ${c.slug}.${key}`).toEqual(before[key])
      }
    }
  })

  it("a contest entry's submitter, receipt and screening reason reach organisers only, names and files only with consent", async () => {
    const entry = world.docs['contest-entries'].find((d) => d.facts.showcase)!
    for (const who of world.identities) {
      for (const api of ['rest', 'graphql'] as const) {
        counts.checks += 1
        let doc: Record<string, unknown> | null
        if (api === 'rest') {
          const response = await rest(ctx, 'GET', `/contest-entries/${entry.id}?depth=0`, { token: who.token })
          doc = response.ok ? ((await response.json()) as Record<string, unknown>) : null
        } else {
          const result = await graphQLRequest(ctx, `{ ContestEntry(id: ${Number(entry.id)}) { id team submitter { name phone } receiptCode screeningReason } }`, who.token)
          doc = (result.data?.ContestEntry as Record<string, unknown> | null) ?? null
        }
        if (!doc) continue
        const organiser = who.role === 'admin' || who.role === 'contest-organiser'
        const submitter = doc.submitter as { phone?: string | null } | null | undefined
        expect(Boolean(submitter?.phone), `${who.name} ${api} submitter`).toBe(organiser)
        if (!organiser) expect(doc.team ?? null, `${who.name} ${api} team (names not consented)`).toBeNull()
      }
    }
  })
})

/**
 * What was found on the landed main (issue 9), each as it was reproduced: these say what the
 * policy must contain, where the matrix above only proves the access functions follow it.
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
