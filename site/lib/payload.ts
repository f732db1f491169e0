import type { Payload } from 'payload'

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

type Published = 'plans' | 'campaigns' | 'progress-summaries' | 'contests'

/**
 * Every published document of a collection, read with the public's access rules (no user,
 * overrideAccess off), so the collection's own read rule keeps drafts out even if `draft` were wrong.
 */
export async function findPublished<C extends Published>(collection: C, sort: string) {
  const payload = await payloadClient()
  const result = await payload.find({ collection, draft: false, overrideAccess: false, depth: 1, pagination: false, sort, where: { _status: { equals: 'published' } } })
  return result.docs
}
