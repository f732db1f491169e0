import type { Endpoint } from 'payload'

import { idOf } from '../../collections/fields/relations'
import { endpointAllowed } from '../access/applyPolicy'
import { userOrgUnitId, userRole } from '../access/predicates'
import { translate } from '../i18n/translate'
import { bieu28, mau31, type ReportTable } from './consolidation'
import { reportTableCsv, reportTableHtml } from './reportTableOutput'

/**
 * GET /api/indicator-reports/consolidation?plan=<id>&form=bieu-2-8&period=<id>&format=csv|html
 * or ?plan=<id>&form=mau-3-1&year=2024. The district's consolidation as a spreadsheet or a
 * printable page; unsuppressed numbers, so only for administrators and the union that owns the plan
 * (cms/access/policy.ts).
 */
export const consolidationEndpoint: Endpoint = {
  path: '/consolidation',
  method: 'get',
  handler: async (req) => {
    const q = new URL(req.url ?? 'http://localhost/').searchParams
    const plan = q.get('plan')
    const form = q.get('form') ?? 'bieu-2-8'
    if (!plan) return Response.json({ errors: [{ message: translate(req, 'csvPlanMissing') }] }, { status: 400 })
    if (!(await endpointAllowed(req, 'indicator-reports', '/consolidation', plan))) {
      return Response.json({ errors: [{ message: translate(req, 'consolidationForbidden') }] }, { status: 403 })
    }
    const role = userRole(req)

    let table: ReportTable
    if (form === 'mau-3-1') {
      table = await mau31(req.payload, plan, Number(q.get('year') ?? new Date().getFullYear()))
    } else {
      const period = q.get('period')
      if (!period) return Response.json({ errors: [{ message: translate(req, 'consolidationPeriodMissing') }] }, { status: 400 })
      const periodDoc = await req.payload.findByID({ collection: 'reporting-periods', id: period, depth: 0, overrideAccess: true, disableErrors: true })
      if (!periodDoc) return Response.json({ errors: [{ message: translate(req, 'consolidationPeriodMissing') }] }, { status: 400 })
      if (String(idOf(periodDoc.plan)) !== String(plan)) {
        return Response.json({ errors: [{ message: translate(req, 'reportPeriodOfOtherPlan', { period: periodDoc.name }) }] }, { status: 400 })
      }
      const own = userOrgUnitId(req)
      const communes = await req.payload.find({
        collection: 'org-units',
        where: role === 'admin' ? { level: { equals: 'commune' } } : { and: [{ level: { equals: 'commune' } }, { parent: { equals: own } }] },
        sort: 'name',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      const planDoc = await req.payload.findByID({ collection: 'plans', id: plan, depth: 0, draft: true, overrideAccess: true })
      const planUnits = new Set((planDoc.orgUnits ?? []).map((u) => String(idOf(u))))
      const listed = communes.docs.filter((c) => planUnits.size === 0 || planUnits.has(String(c.id)))
      table = await bieu28(req.payload, plan, period, listed.map((c) => ({ id: c.id, name: c.name })))
    }
    const name = `${form}-${plan}`
    if (q.get('format') === 'html') return new Response(reportTableHtml(table), { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' } })
    return new Response(reportTableCsv(table), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'Cache-Control': 'private, no-store' },
    })
  },
}
