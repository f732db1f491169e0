import type { Endpoint } from 'payload'

import { endpointAllowed } from '../access/applyPolicy'
import { contestRanking } from './ranking'

/** GET /api/contests/<id>/ranking — the organisers' ranking (weighted averages and spreads). */
export const rankingEndpoint: Endpoint = {
  path: '/:id/ranking',
  method: 'get',
  handler: async (req) => {
    if (!(await endpointAllowed(req, 'contests', '/:id/ranking'))) return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 403 })
    const id = req.routeParams?.id as string
    return Response.json({ ranking: await contestRanking(req.payload, id) }, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
