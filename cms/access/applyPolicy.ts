import { APIError, type Access, type CollectionBeforeChangeHook, type CollectionConfig, type Field, type FieldAccess, type GlobalConfig, type Payload, type PayloadRequest, type Where } from 'payload'

import { translate } from '../i18n/translate'

import { collectionPolicy, globalPolicy, type CollectionPolicy, type FieldOperation, type Grants, type Operation } from './policy'
import { currentUser } from './predicates'
import { rules, type Rule, type RuleName } from './rules'
import { isInUserTree, unitOfDocument } from './unitTree'
import { rewritePaths } from './where'

/** The rules that apply to this request's user under a grant: their role's, else `authenticated`'s, else `anyone`'s. */
export function rulesFor(grants: Grants, req: Pick<PayloadRequest, 'user'>): RuleName[] {
  const user = currentUser(req)
  const grant = (user?.role && grants[user.role]) || (user && grants.authenticated) || grants.anyone
  if (!grant) return []
  return (Array.isArray(grant) ? grant : [grant]) as RuleName[]
}

const or = (results: (boolean | Where)[]): boolean | Where => {
  if (results.some((r) => r === true)) return true
  const wheres = results.filter((r): r is Where => typeof r === 'object')
  if (wheres.length === 0) return false
  return wheres.length === 1 ? wheres[0] : { or: wheres }
}

/** Version documents hold the document under `version.` and its id as `parent`. */
export const onVersions = (where: Where): Where => rewritePaths(where, (path) => (path === 'id' ? 'parent' : `version.${path}`))

function documentRule(name: RuleName, where: string): NonNullable<Rule['documents']> {
  const rule: Rule = rules[name]
  if (!rule?.documents) throw new Error(`Access rule "${name}" (${where}) does not decide documents`)
  return rule.documents
}

/** The access function for one operation on one collection, derived from its grants. */
export function collectionAccess(slug: string, policy: CollectionPolicy, operation: Operation): Access {
  const grants = policy[operation] ?? {}
  for (const names of Object.values(grants)) for (const name of [names].flat()) documentRule(name as RuleName, `${slug}.${operation}`)
  return async ({ req, data, id }) => {
    const names = rulesFor(grants, req)
    const results = await Promise.all(
      names.map((name) =>
        documentRule(name, slug)({ req, operation, collection: slug, unitPath: policy.unitPath, data: data as Record<string, unknown> | undefined, id: id as never }),
      ),
    )
    const result = or(results)
    return operation === 'readVersions' && typeof result === 'object' ? onVersions(result) : result
  }
}

function fieldAccess(where: string, grants: Grants): FieldAccess {
  for (const names of Object.values(grants)) {
    for (const name of [names].flat()) if (!(rules[name as RuleName] as Rule | undefined)?.field) throw new Error(`Access rule "${name}" (${where}) does not decide fields`)
  }
  return async ({ req, doc }) => {
    for (const name of rulesFor(grants, req)) if (await (rules[name] as Rule).field!({ req, doc })) return true
    return false
  }
}

/** Finds a named field at a dotted path through rows, tabs and collapsibles. */
function findField(fields: Field[], path: string[]): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === path[0]) {
      if (path.length === 1) return field
      return 'fields' in field ? findField(field.fields, path.slice(1)) : undefined
    }
    if (!('name' in field) && 'fields' in field) {
      const found = findField(field.fields, path)
      if (found) return found
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found = 'name' in tab && tab.name ? (tab.name === path[0] ? findField(tab.fields, path.slice(1)) : undefined) : findField(tab.fields, path)
        if (found) return found
      }
    }
  }
  return undefined
}

export type AccessOverrides = Partial<Record<Operation, Access>>

/** Restricted fields get the access their policy row gives them. */
function withFieldPolicy(collection: CollectionConfig, policy: CollectionPolicy): CollectionConfig {
  const fields = structuredFields(collection.fields)
  for (const [path, ops] of Object.entries(policy.fields ?? {})) {
    const field = findField(fields, path.split('.'))
    if (!field) throw new Error(`Policy names field "${path}" that ${collection.slug} does not have`)
    const fieldWithAccess = field as Field & { access?: Partial<Record<FieldOperation, FieldAccess>> }
    fieldWithAccess.access = {
      ...fieldWithAccess.access,
      ...Object.fromEntries(Object.entries(ops).map(([op, grants]) => [op, fieldAccess(`${collection.slug}.${path}.${op}`, grants)])),
    }
  }
  return { ...collection, fields }
}

/** A copy of the field tree that access can be set on without touching the shared module constants. */
const structuredFields = (fields: Field[]): Field[] =>
  fields.map((field) => {
    const copy = { ...field } as Field
    if ('fields' in copy && Array.isArray(copy.fields)) (copy as { fields: Field[] }).fields = structuredFields(copy.fields)
    if (copy.type === 'tabs') copy.tabs = copy.tabs.map((tab) => ({ ...tab, fields: structuredFields(tab.fields) }))
    return copy
  })

export type PolicyTarget = {
  /** The policy row to apply: the plugin's name for the collection, whatever its slug is here. */
  row: string
  /** A host's own collection: only its restricted fields follow the policy; its access stays the host's. */
  fieldsOnly?: boolean
  overrides?: AccessOverrides
}

/** One collection with the access its policy row gives it; a missing row stops the config. */
export function withPolicy(collection: CollectionConfig, { row, fieldsOnly, overrides }: PolicyTarget = { row: collection.slug }): CollectionConfig {
  const policy = collectionPolicy[row]
  if (!policy) throw new Error(`Collection "${collection.slug}" has no row in cms/access/policy.ts: add one before it can be used.`)
  const given = Object.fromEntries(Object.entries(overrides ?? {}).filter(([, fn]) => fn !== undefined))
  if (fieldsOnly) return { ...withFieldPolicy(collection, policy), access: { ...collection.access, ...given } }
  if (collection.versions && !policy.readVersions) throw new Error(`Collection "${collection.slug}" keeps versions: its policy row needs readVersions.`)
  if (collection.auth && !policy.unlock) throw new Error(`Auth collection "${collection.slug}": its policy row needs unlock.`)
  const operations: Operation[] = ['read', 'create', 'update', 'delete', 'readVersions', ...(collection.auth ? (['unlock'] as const) : [])]
  const access = { ...Object.fromEntries(operations.map((op) => [op, collectionAccess(collection.slug, policy, op)])), ...given }
  const guarded = withFieldPolicy(collection, policy)
  if (!policy.unitPath || policy.unitPath === 'id') return { ...guarded, access: { ...collection.access, ...access } }
  return {
    ...guarded,
    access: { ...collection.access, ...access },
    // A copy keeps the original's unit, whatever the caller may reach: not offered where units decide.
    disableDuplicate: true,
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), keepInUnitTree(collection.slug, policy)] },
  }
}

/**
 * Where a write leaves the document: a user whose right here is `unitTree` may only leave it
 * inside their own tree — on create, on update, and when a restored version writes back a whole
 * earlier document. Checked on the result about to be saved, so no way of writing escapes it;
 * refused with the reason, not Payload's bare "not allowed". A missing unit is left to the
 * field's own validation (a required plan, say).
 */
function keepInUnitTree(slug: string, policy: CollectionPolicy): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, operation, req }) => {
    if (!req.user) return data
    const names = rulesFor(policy[operation === 'create' ? 'create' : 'update'], req)
    if (names.length === 0 || names.includes('all') || !names.includes('unitTree')) return data
    const saved = { ...originalDoc, ...data }
    if (saved[policy.unitPath!.split('.')[0]] == null) return data
    const unit = await unitOfDocument(req, slug, policy.unitPath!, saved)
    if (!(await isInUserTree(req, unit))) throw new APIError(translate(req, 'outsideUnitTree'), 403, null, true)
    return data
  }
}

export function globalWithPolicy(global: GlobalConfig, overrides?: AccessOverrides): GlobalConfig {
  const policy = globalPolicy[global.slug]
  if (!policy) throw new Error(`Global "${global.slug}" has no row in cms/access/policy.ts: add one before it can be used.`)
  const asCollection: CollectionPolicy = { read: policy.read, update: policy.update, create: {}, delete: {}, readVersions: policy.read }
  return {
    ...global,
    access: {
      read: collectionAccess(global.slug, asCollection, 'read'),
      update: collectionAccess(global.slug, asCollection, 'update'),
      readVersions: collectionAccess(global.slug, asCollection, 'readVersions'),
      ...Object.fromEntries(Object.entries(overrides ?? {}).filter(([, fn]) => fn !== undefined)),
    },
  }
}

/** Running, queueing and cancelling jobs over the API: as the policy's `payload-jobs` `/run` row says. */
const jobsCaller = ({ req }: { req: PayloadRequest }) => endpointAllowed(req, 'payload-jobs', '/run')
export const jobsAccess = { run: jobsCaller, queue: jobsCaller, cancel: jobsCaller }

/** Someone logged in through a host's other auth collection (its own admins): not an officer of the plugin. */
const hostOnlyUser = (req: PayloadRequest) => req.user != null && currentUser(req) == null

/**
 * Payload builds its own collections (locks, preferences, jobs, migrations) and globals after the
 * config: set theirs once it has. People of a host's other auth collections keep Payload's own
 * rules there (their preferences, their locks). A Payload collection the policy does not know (a
 * host's folders, say) stays as Payload and the host made it.
 */
export function applyPolicyToPayloadCollections(payload: Payload) {
  for (const [slug, collection] of Object.entries(payload.collections)) {
    if (!slug.startsWith('payload-')) continue
    const policy = collectionPolicy[slug]
    if (!policy) continue
    const operations: Operation[] = ['read', 'create', 'update', 'delete', 'readVersions']
    const access = collection.config.access as Record<string, Access>
    for (const op of operations) {
      const payloadOwn = access[op]
      const ours = collectionAccess(slug, policy, op)
      access[op] = (args) => (hostOnlyUser(args.req) ? (payloadOwn ? payloadOwn(args) : Boolean(args.req.user)) : ours(args))
    }
  }
  for (const global of payload.config.globals) {
    if (global.slug.startsWith('payload-')) Object.assign(global.access, globalWithPolicy(global).access)
  }
}

/** Whether the user may call a custom endpoint the policy lists; with a target, checked against that document. */
export async function endpointAllowed(req: PayloadRequest, collection: string, path: string, targetId?: string | null): Promise<boolean> {
  const endpoint = collectionPolicy[collection]?.endpoints?.[path]
  if (!endpoint) throw new Error(`Endpoint ${collection}${path} has no row in cms/access/policy.ts`)
  if (!req.user && !endpoint.grants.anyone) return false
  const target = endpoint.target
  const targetPolicy = target ? collectionPolicy[target.collection] : undefined
  const scope: CollectionPolicy = { read: endpoint.grants, create: {}, update: {}, delete: {}, unitPath: targetPolicy?.unitPath }
  const result = await collectionAccess(target?.collection ?? collection, scope, 'read')({ req })
  if (result === true || result === false) return result
  if (!target || targetId == null || targetId === '') return false
  const found = await req.payload
    .count({ collection: target.collection as never, where: { and: [{ id: { equals: targetId } }, result] }, overrideAccess: true, req })
    .catch(() => ({ totalDocs: 0 }))
  return found.totalDocs > 0
}
