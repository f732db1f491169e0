import { configToSchema } from '@payloadcms/graphql'
import {
  graphql,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql/index.js' // the CommonJS build @payloadcms/graphql loads too: one GraphQL realm, not two
import { createPayloadRequest, formatNames, type CollectionSlug, type Payload } from 'payload'

import type { User } from '../../cms/payload-types'
import { rest } from './rest'
import type { TestContext } from './testPayload'

/** The three ways a client reaches a collection. */
export const apis = ['local', 'rest', 'graphql'] as const
export type Api = (typeof apis)[number]
export type Caller = { user: (User & { collection: 'users' }) | null; token?: string }
/** What came back: allowed or refused, the HTTP-like status, the reason and what was returned. */
export type Outcome = { ok: boolean; status: number; message: string; ids: string[]; id?: string }

const refused = (status: number, message: string): Outcome => ({ ok: false, status, message, ids: [] })
const errorOutcome = (error: unknown): Outcome => {
  const e = error as { status?: number; message?: string; data?: { errors?: { message: string }[] } }
  return refused(e.status ?? 500, [e.message, ...(e.data?.errors?.map((x) => x.message) ?? [])].join(' '))
}

/** Payload's GraphQL names for a collection, as @payloadcms/graphql derives them from the slug. */
export function graphQLNames(payload: Payload, slug: string) {
  const config = payload.collections[slug as CollectionSlug].config
  if (config.graphQL === false) return null
  const { singular, plural: fromSlug } = formatNames(slug)
  const plural = singular === fromSlug ? `all${singular}` : fromSlug
  return { singular, plural }
}

const schemas = new WeakMap<object, GraphQLSchema>()
function schemaOf(payload: Payload): GraphQLSchema {
  if (!schemas.has(payload.config)) schemas.set(payload.config, configToSchema(payload.config).schema)
  return schemas.get(payload.config)!
}

/** Payload's GraphQL schema run as its Next route runs it: a request authenticated from the token, in the operation's context. */
export async function graphQLRequest(ctx: TestContext, source: string, token?: string, variables?: Record<string, unknown>) {
  const headers: Record<string, string> = { 'Accept-Language': 'vi', 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  const request = new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query: source, variables }) })
  const req = await createPayloadRequest({ config: ctx.payload.config, request, payloadInstanceCacheKey: ctx.db.uri })
  return graphql({ schema: schemaOf(ctx.payload), source, variableValues: variables, contextValue: { req, headers: {} } })
}

/** Select values are GraphQL enums whose names differ from the stored values ('half-year' → half_year). */
function toGraphQLValue(value: unknown, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return toGraphQLValue(value, type.ofType)
  if (value == null) return value
  if (isListType(type)) return (value as unknown[]).map((v) => toGraphQLValue(v, type.ofType))
  if (isEnumType(type)) return type.getValues().find((v) => v.value === value)?.name ?? value
  if (isInputObjectType(type) && typeof value === 'object') {
    const fields = type.getFields()
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, fields[k] ? toGraphQLValue(v, fields[k].type) : v]))
  }
  return value
}

function mutationArg(ctx: TestContext, name: string) {
  const field = schemaOf(ctx.payload).getMutationType()!.getFields()[name]
  return field?.args.find((a) => a.name === 'data')
}

function graphQLOutcome(result: Awaited<ReturnType<typeof graphql>>, pick: (data: Record<string, unknown>) => string[]): Outcome {
  if (result.errors?.length) {
    const first = result.errors[0] as { originalError?: { status?: number } }
    const messages = result.errors.flatMap((e) => {
      const data = (e.originalError as { data?: { errors?: { message: string }[] } } | undefined)?.data
      return [e.message, ...(data?.errors?.map((x) => x.message) ?? [])]
    })
    return refused(first.originalError?.status ?? 500, messages.join(' '))
  }
  return { ok: true, status: 200, message: '', ids: pick(result.data as Record<string, unknown>) }
}

/** A REST answer: its status, every message (the summary and each field's reason) and the document's id. */
export async function restOutcome(response: Response): Promise<Outcome> {
  const body = (await response.json().catch(() => ({}))) as { doc?: { id: unknown }; errors?: { message: string; data?: { errors?: { message: string }[] } }[] }
  const message = (body.errors ?? []).flatMap((e) => [e.message, ...(e.data?.errors?.map((x) => x.message) ?? [])]).join(' ')
  return { ok: response.ok, status: response.status, message, ids: [], id: body.doc ? String(body.doc.id) : undefined }
}

const idsOf = (docs: { id: unknown }[] | undefined) => (docs ?? []).map((d) => String(d.id))
const local = (caller: Caller) => ({ overrideAccess: false as const, user: caller.user ?? undefined })

export async function listDocs(ctx: TestContext, api: Api, slug: string, caller: Caller): Promise<Outcome> {
  if (api === 'local') {
    try {
      const found = await ctx.payload.find({ collection: slug as CollectionSlug, limit: 1000, depth: 0, ...local(caller) })
      return { ok: true, status: 200, message: '', ids: idsOf(found.docs) }
    } catch (error) {
      return errorOutcome(error)
    }
  }
  if (api === 'rest') {
    const response = await rest(ctx, 'GET', `/${slug}?limit=1000&depth=0`, { token: caller.token })
    const body = (await response.json().catch(() => ({}))) as { docs?: { id: unknown }[]; errors?: { message: string }[] }
    return { ok: response.ok, status: response.status, message: body.errors?.map((e) => e.message).join(' ') ?? '', ids: idsOf(body.docs) }
  }
  const names = graphQLNames(ctx.payload, slug)!
  const result = await graphQLRequest(ctx, `{ ${names.plural}(limit: 1000) { docs { id } } }`, caller.token)
  return graphQLOutcome(result, (data) => idsOf((data[names.plural] as { docs: { id: unknown }[] } | null)?.docs))
}

/** The documents whose versions the caller can list (by the version's parent). */
export async function listVersionParents(ctx: TestContext, api: Api, slug: string, caller: Caller): Promise<Outcome> {
  let outcome: Outcome
  if (api === 'local') {
    try {
      const found = await ctx.payload.findVersions({ collection: slug as CollectionSlug, limit: 1000, depth: 0, ...local(caller) })
      outcome = { ok: true, status: 200, message: '', ids: idsOf(found.docs) }
    } catch (error) {
      return errorOutcome(error)
    }
  } else if (api === 'rest') {
    const response = await rest(ctx, 'GET', `/${slug}/versions?limit=1000&depth=0`, { token: caller.token })
    const body = (await response.json().catch(() => ({}))) as { docs?: { id: unknown }[]; errors?: { message: string }[] }
    outcome = { ok: response.ok, status: response.status, message: body.errors?.map((e) => e.message).join(' ') ?? '', ids: idsOf(body.docs) }
  } else {
    const names = graphQLNames(ctx.payload, slug)!
    const field = `versions${names.plural}`
    const result = await graphQLRequest(ctx, `{ ${field}(limit: 1000) { docs { id } } }`, caller.token)
    outcome = graphQLOutcome(result, (data) => idsOf((data[field] as { docs: { id: unknown }[] } | null)?.docs))
  }
  if (!outcome.ok || outcome.ids.length === 0) return outcome
  const versions = await ctx.payload.findVersions({ collection: slug as CollectionSlug, where: { id: { in: outcome.ids } }, limit: 1000, depth: 0 })
  return { ...outcome, ids: [...new Set(versions.docs.map((v) => String(v.parent)))] }
}

export async function createDoc(ctx: TestContext, api: Api, slug: string, caller: Caller, data: Record<string, unknown>): Promise<Outcome> {
  if (api === 'local') {
    try {
      const doc = await ctx.payload.create({ collection: slug as CollectionSlug, data: data as never, depth: 0, ...local(caller) })
      return { ok: true, status: 201, message: '', ids: [String(doc.id)], id: String(doc.id) }
    } catch (error) {
      return errorOutcome(error)
    }
  }
  if (api === 'rest') {
    const response = await rest(ctx, 'POST', `/${slug}?depth=0`, { token: caller.token, body: data })
    const outcome = await restOutcome(response)
    return { ...outcome, ids: outcome.id ? [outcome.id] : [] }
  }
  const names = graphQLNames(ctx.payload, slug)!
  const mutation = `create${names.singular}`
  const arg = mutationArg(ctx, mutation)!
  const result = await graphQLRequest(ctx, `mutation ($data: ${String(arg.type)}) { ${mutation}(data: $data) { id } }`, caller.token, {
    data: toGraphQLValue(data, arg.type),
  })
  const outcome = graphQLOutcome(result, (d) => [String((d[mutation] as { id: unknown }).id)])
  return { ...outcome, id: outcome.ids[0] }
}

export async function updateDoc(ctx: TestContext, api: Api, slug: string, caller: Caller, id: string, data: Record<string, unknown>): Promise<Outcome> {
  if (api === 'local') {
    try {
      await ctx.payload.update({ collection: slug as CollectionSlug, id, data: data as never, depth: 0, ...local(caller) })
      return { ok: true, status: 200, message: '', ids: [id] }
    } catch (error) {
      return errorOutcome(error)
    }
  }
  if (api === 'rest') {
    const response = await rest(ctx, 'PATCH', `/${slug}/${id}?depth=0`, { token: caller.token, body: data })
    return { ...(await restOutcome(response)), ids: response.ok ? [id] : [] }
  }
  const names = graphQLNames(ctx.payload, slug)!
  const mutation = `update${names.singular}`
  const arg = mutationArg(ctx, mutation)!
  const idType = String(schemaOf(ctx.payload).getMutationType()!.getFields()[mutation].args.find((a) => a.name === 'id')!.type)
  const result = await graphQLRequest(ctx, `mutation ($id: ${idType}, $data: ${String(arg.type)}) { ${mutation}(id: $id, data: $data) { id } }`, caller.token, {
    id: idType.startsWith('Int') ? Number(id) : id,
    data: toGraphQLValue(data, arg.type),
  })
  return graphQLOutcome(result, () => [id])
}

export async function deleteDoc(ctx: TestContext, api: Api, slug: string, caller: Caller, id: string): Promise<Outcome> {
  if (api === 'local') {
    try {
      await ctx.payload.delete({ collection: slug as CollectionSlug, id, depth: 0, ...local(caller) })
      return { ok: true, status: 200, message: '', ids: [id] }
    } catch (error) {
      return errorOutcome(error)
    }
  }
  if (api === 'rest') {
    const response = await rest(ctx, 'DELETE', `/${slug}/${id}`, { token: caller.token })
    return { ...(await restOutcome(response)), ids: response.ok ? [id] : [] }
  }
  const names = graphQLNames(ctx.payload, slug)!
  const mutation = `delete${names.singular}`
  const idType = String(schemaOf(ctx.payload).getMutationType()!.getFields()[mutation].args.find((a) => a.name === 'id')!.type)
  const result = await graphQLRequest(ctx, `mutation ($id: ${idType}) { ${mutation}(id: $id) { id } }`, caller.token, { id: idType.startsWith('Int') ? Number(id) : id })
  return graphQLOutcome(result, () => [id])
}
