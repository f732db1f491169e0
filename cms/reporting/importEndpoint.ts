import type { Endpoint } from 'payload'

import { endpointAllowed } from '../access/applyPolicy'
import { importReportsCsv } from './csvImport'

/**
 * POST /api/indicator-reports/import-csv?plan=<id> with the CSV as the body (text/csv) or as
 * the `file` field of a form. 200 with counts, or 400 with every error by line and column.
 */
export const importCsvEndpoint: Endpoint = {
  path: '/import-csv',
  method: 'post',
  handler: async (req) => {
    if (!(await endpointAllowed(req, 'indicator-reports', '/import-csv'))) {
      return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 403 })
    }
    const url = new URL(req.url ?? 'http://localhost/')
    let plan = url.searchParams.get('plan')
    let csv = ''
    const type = req.headers.get('content-type') ?? ''
    if (type.startsWith('multipart/form-data')) {
      const form = await req.formData!()
      const file = form.get('file')
      csv = typeof file === 'string' ? file : file ? await file.text() : ''
      plan = (form.get('plan') as string | null) ?? plan
    } else {
      csv = (await req.text?.()) ?? ''
    }
    const result = await importReportsCsv(req, plan, csv)
    return Response.json(result, { status: result.ok ? 200 : 400 })
  },
}
