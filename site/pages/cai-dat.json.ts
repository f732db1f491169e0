import type { APIRoute } from 'astro'

import { getSiteSettings } from '../lib/settings'

/** The settings this build was made with (all shown on every page), read by the pages rendered on request. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSiteSettings()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
