import type { APIRoute, GetStaticPaths } from 'astro'

import { datasetPaths, type SummaryView } from '../../lib/progress'
import { progressCsv } from '../../lib/progressCsv'

export const getStaticPaths: GetStaticPaths = datasetPaths

export const GET: APIRoute = ({ props }) => {
  const { summary } = props as { summary: SummaryView }
  return new Response(progressCsv(summary.data, summary.edition), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}
