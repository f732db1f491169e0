/**
 * Child process of bench/siteBuild.ts: on an already filled database, makes a live build (which
 * also fills the incremental cache), serves it as `npm start` does, publishes one more campaign
 * through the Local API (the same hooks as the admin) and measures how long until its public URL
 * answers 200. Then, as the baseline of the same run, a full rebuild with the cache emptied.
 * Exits with an error if the page never appears: a benchmark that cannot see it must not pass.
 */
import fs from 'node:fs'
import http from 'node:http'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { buildSite } from '../cms/siteBuilder/buildSite'
import { buildCacheDir, buildLinks, defaultBuildsDir } from '../cms/siteBuilder/paths'
import { lastSiteBuild, siteRebuildsSettled } from '../cms/siteBuilder/rebuildQueue'
import { liveBuildHandler } from '../cms/siteServer/liveBuildHandler'

const payload = await getPayload({ config })
const first = await buildSite()
if (!first.ok) throw new Error(first.error)
const server = http.createServer(liveBuildHandler(buildLinks(defaultBuildsDir).current)).listen(0, '127.0.0.1')
await new Promise((r) => server.once('listening', r))
const { port } = server.address() as { port: number }

const theme = (await payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
const started = Date.now()
await payload.create({
  collection: 'campaigns',
  data: {
    _status: 'published',
    title: 'Chiến dịch đo thời gian lên sóng',
    themes: [theme.id as number],
    body: { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'x', version: 1 }] }] } } as never,
  },
})
let visibleMs = -1
while (Date.now() - started < 600_000) {
  const res = await fetch(`http://127.0.0.1:${port}/truyen-thong/chien-dich-do-thoi-gian-len-song/`)
  if (res.status === 200) {
    visibleMs = Date.now() - started
    break
  }
  await new Promise((r) => setTimeout(r, 100))
}
if (visibleMs < 0) {
  console.error('the published campaign never became visible')
  process.exit(1)
}
await siteRebuildsSettled()
const incremental = lastSiteBuild()
if (!incremental?.ok) throw new Error('the publish build did not succeed')

fs.rmSync(buildCacheDir(defaultBuildsDir), { recursive: true, force: true })
const full = await buildSite()
if (!full.ok) throw new Error(full.error)
console.log(JSON.stringify({ visibleMs, buildMs: incremental.ms, rendered: incremental.pages.rendered, reused: incremental.pages.reused, fullMs: full.ms }))
process.exit(0)
