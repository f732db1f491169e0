import type { APIRoute, GetStaticPaths } from 'astro'

import { datasetPaths, type SummaryView } from '../../lib/progress'

export const getStaticPaths: GetStaticPaths = datasetPaths

export const GET: APIRoute = ({ props, site }) => {
  const { summary } = props as { summary: SummaryView }
  const body = {
    title: summary.title,
    edition: summary.edition,
    publishedAt: summary.publishedAt,
    supersededByEdition: summary.supersededByEdition,
    url: new URL(summary.url, site).toString(),
    ...summary.data,
  }
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
