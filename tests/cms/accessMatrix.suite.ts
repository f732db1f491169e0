import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectionPolicy, globalPolicy, type Grants, type Operation } from '../../cms/access/policy'
import { rules, type RuleName } from '../../cms/access/rules'
import { buildAccessWorld, harmlessField, newDocuments, type AccessWorld, type Identity, type WorldDoc } from '../fixtures/accessWorld'
import { apis, createDoc, deleteDoc, graphQLNames, graphQLRequest, listDocs, listVersionParents, updateDoc, type Api, type Outcome } from '../helpers/apis'
import { pngImage } from '../helpers/files'
import { rest } from '../helpers/rest'
import type { TestContext } from '../helpers/testPayload'

/**
 * Every identity × every collection × read / create / update / delete / versions × Local API
 * (overrideAccess: false), REST and GraphQL, generated from cms/access/policy.ts. What each
 * identity should reach is worked out here from the facts the fixture wrote down when it made
 * each document (who owns it, whether it is published, who judges it), not by calling the
 * access functions under test.
 *
 * Run on the product's own config (accessMatrix.test.ts) and on a host's config with its own users
 * and pages (accessMatrixHost.test.ts): the policy holds whoever the users belong to.
 */
export type MatrixTarget = {
  start: () => Promise<TestContext>
  /** The host's own collections (its pages, and users it shares with the plugin): their access is the host's. */
  hostCollections?: string[]
}

export function describeAccessMatrix(target: MatrixTarget) {
  let ctx: TestContext
  let world: AccessWorld
  const counts = { checks: 0 }

  beforeAll(async () => {
    ctx = await target.start()
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

  const hostCollections = new Set(target.hostCollections ?? [])
  const generic = Object.keys(collectionPolicy).filter((slug) => !slug.startsWith('payload-') && !hostCollections.has(slug))

  describe('the policy', () => {
    it('has a row for every collection and global the running config has, and no other', () => {
      const withoutRow = (slug: string) => hostCollections.has(slug) && !(slug in collectionPolicy)
      expect(sorted(Object.keys(ctx.payload.collections).filter((slug) => !withoutRow(slug)))).toEqual(sorted(Object.keys(collectionPolicy)))
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
        { path: `/indicator-reports/entry-rows?plan=${refs.planD1}&period=${period}`, method: 'GET', allowedFor: (w) => ['admin', 'district-officer', 'commune-officer'].includes(w.role ?? '') },
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
}
