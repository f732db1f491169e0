import type { PayloadRequest } from 'payload'

import { addressBlock } from '../siteServer/clientAddress'

/**
 * Who sent a request to the admin's API. Behind `npm start` the admin server
 * (cms/scripts/serveAdmin.ts) has put the socket's address — or, from a trusted proxy, the client
 * it names — into X-Forwarded-For. Calls through the Local API come from the server itself.
 */
export const requestAddress = (req: PayloadRequest) => addressBlock(req.headers?.get?.('x-forwarded-for')?.split(',')[0]?.trim() || 'local-api')
