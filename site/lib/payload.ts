import { getPayload, type Payload } from 'payload'

import config from '../../cms/payload.config'

let client: Promise<Payload> | undefined

/** One Payload Local API client per build or server process. Only modules in site/lib/ use it. */
export function payloadClient(): Promise<Payload> {
  client ??= getPayload({ config })
  return client
}
