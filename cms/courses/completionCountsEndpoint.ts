import type { Endpoint } from 'payload'

import { endpointAllowed } from '../access/applyPolicy'
import { translate } from '../i18n/translate'
import { reportTableCsv, reportTableHtml } from '../reporting/reportTableOutput'
import { completionCounts } from './completionCounts'

/** GET /api/course-completions/counts?format=csv|html|json: learners per course and commune, for training targets. */
export const completionCountsEndpoint: Endpoint = {
  path: '/counts',
  method: 'get',
  handler: async (req) => {
    if (!(await endpointAllowed(req, 'course-completions', '/counts'))) {
      return Response.json({ errors: [{ message: translate(req, 'completionCountsForbidden') }] }, { status: req.user ? 403 : 401 })
    }
    const table = await completionCounts(req)
    const format = new URL(req.url ?? 'http://localhost/').searchParams.get('format') ?? 'csv'
    const noStore = { 'Cache-Control': 'private, no-store' }
    if (format === 'json') return Response.json({ headings: table.headings, rows: table.rows }, { headers: noStore })
    if (format === 'html') return new Response(reportTableHtml(table), { headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore } })
    return new Response(reportTableCsv(table), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="hoan-thanh-khoa-hoc.csv"', ...noStore },
    })
  },
}
