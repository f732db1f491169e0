import type { APIRoute } from 'astro'

import { buildSearchEntries } from '../../lib/searchEntries'

/** The search index of this build, read by the no-JavaScript results page (ket-qua.astro). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildSearchEntries()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
