import type { DataFromCollectionSlug, Payload, Where } from 'payload'

import { perBuildUpdating } from './perBuild'

let client: Promise<Payload> | undefined

/**
 * One Payload Local API client per build or server process. Only modules in site/lib/ use it.
 * The config is imported on first use, so a build from a data snapshot never loads the CMS.
 */
export function payloadClient(): Promise<Payload> {
  client ??= Promise.all([import('payload'), import('../../cms/payload.config')]).then(([{ getPayload }, { default: config }]) =>
    getPayload({ config }),
  )
  return client
}

type Published = 'plans' | 'campaigns' | 'progress-summaries' | 'contests' | 'courses'
type PublishedDoc = { id: number | string } & Record<string, unknown>

const readers = new Map<string, () => Promise<PublishedDoc[]>>()

/**
 * Every published document of a collection, read with the public's access rules (no user,
 * overrideAccess off), so the collection's own read rule keeps drafts out even if `draft` were wrong.
 *
 * Read once per build. When only documents of this collection were saved since the previous
 * build of this process (the resident renderer's next patch), only those are read again: a
 * publish costs the same with 10,000 campaigns as with 100. A change anywhere else (a theme, a
 * plan the documents show, the settings) reads everything again, since the documents embed
 * what they link to.
 */
export function findPublished<C extends Published>(collection: C, sort: string) {
  const key = `${collection} ${sort}`
  let read = readers.get(key)
  if (!read) {
    read = perBuildUpdating<PublishedDoc[]>(async (previous) => {
      const onlyThis = previous && [...previous.changed.keys()].every((c) => c === collection)
      if (!onlyThis) return sortDocs(await queryPublished(collection), sort)
      const saved = previous.changed.get(collection)
      if (!saved?.size) return previous.value
      const fresh = await queryPublished(collection, [...saved])
      return sortDocs([...previous.value.filter((doc) => !saved.has(String(doc.id))), ...fresh], sort)
    })
    readers.set(key, read)
  }
  return read() as unknown as Promise<DataFromCollectionSlug<C>[]>
}

async function queryPublished(collection: Published, ids?: string[]): Promise<PublishedDoc[]> {
  const payload = await payloadClient()
  const published: Where = { _status: { equals: 'published' } }
  const where = ids ? { and: [published, { id: { in: ids } }] } : published
  const result = await payload.find({ collection, draft: false, overrideAccess: false, depth: 1, pagination: false, where })
  return result.docs as unknown as PublishedDoc[]
}

/**
 * Sorted here rather than by the database, with the id as tie-breaker, so a list read whole and
 * one updated in place come out in the same order.
 */
function sortDocs(docs: PublishedDoc[], sort: string): PublishedDoc[] {
  const descending = sort.startsWith('-')
  const field = descending ? sort.slice(1) : sort
  const direction = descending ? -1 : 1
  const rank = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'number' ? v : String(v))
  return docs.sort((a, b) => {
    const x = rank(a[field])
    const y = rank(b[field])
    if (x !== y) return (x < y ? -1 : 1) * direction
    return (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0) * direction
  })
}
