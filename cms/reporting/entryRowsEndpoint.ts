import type { Endpoint } from 'payload'

import { idOf } from '../../collections/fields/relations'
import { endpointAllowed } from '../access/applyPolicy'
import { translate } from '../i18n/translate'
import { entryRows } from './entryRows'

const ids = (list: string | null) => (list ?? '').split(',').map((s) => s.trim()).filter((s) => /^[\w-]+$/.test(s))

/**
 * GET /api/indicator-reports/entry-rows?plan=<id>&period=<id>&orgUnit=<id>&also=<id,…>
 * The rows of the report entry grid (cms/components/ReportValuesGrid): what the plan asks for in
 * the period, with targets, by content area. Only what a published plan and the catalogue already
 * show; for those who write reports.
 */
export const entryRowsEndpoint: Endpoint = {
  path: '/entry-rows',
  method: 'get',
  handler: async (req) => {
    if (!(await endpointAllowed(req, 'indicator-reports', '/entry-rows'))) {
      return Response.json({ errors: [{ message: translate(req, 'entryRowsForbidden') }] }, { status: 403 })
    }
    const q = new URL(req.url ?? 'http://localhost/').searchParams
    const plan = q.get('plan')
    const periodId = q.get('period')
    const period = plan && periodId ? await req.payload.findByID({ collection: 'reporting-periods', id: periodId, depth: 0, overrideAccess: true, req, disableErrors: true }).catch(() => null) : null
    if (!plan || !period) return Response.json({ errors: [{ message: translate(req, 'entryRowsMissing') }] }, { status: 400 })
    if (String(idOf(period.plan)) !== String(plan)) {
      return Response.json({ errors: [{ message: translate(req, 'reportPeriodOfOtherPlan', { period: period.name }) }] }, { status: 400 })
    }
    const sections = await entryRows(req, { plan, period, orgUnit: q.get('orgUnit') || null, also: ids(q.get('also')) })
    return Response.json({ sections }, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
