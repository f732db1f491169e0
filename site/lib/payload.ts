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
