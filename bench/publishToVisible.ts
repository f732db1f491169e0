/**
 * Child process of bench/siteBuild.ts: on an already filled database, makes a live build, serves
 * it as `npm start` does, and publishes through the Local API (the same hooks as the admin):
 *  - a first campaign, while no resident renderer is running (it starts with this publish);
 *  - a second campaign, with the renderer resident (what editors see while they work);
 *  - an edit of that campaign's title.
 * Each is timed until the public URL shows it. Then, as the baseline of the same run, a full
 * rebuild with the cache emptied. Exits with an error if a page never appears: a benchmark that
 * cannot see it must not pass.
 */
import fs from 'node:fs'
import http from 'node:http'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { buildSite } from '../cms/siteBuilder/buildSite'
import { buildCacheDir, buildLinks, defaultBuildsDir } from '../cms/siteBuilder/paths'
import { lastSiteBuild, siteRebuildsSettled } from '../cms/siteBuilder/rebuildQueue'
import { residentRendererPid, stopResidentRenderer } from '../cms/siteBuilder/residentRenderer'
import { liveBuildHandler } from '../cms/siteServer/liveBuildHandler'

const payload = await getPayload({ config })
const first = await buildSite()
if (!first.ok) throw new Error(first.error)
const server = http.createServer(liveBuildHandler(buildLinks(defaultBuildsDir).current)).listen(0, '127.0.0.1')
await new Promise((r) => server.once('listening', r))
const { port } = server.address() as { port: number }
const theme = (await payload.find({ collection: 'campaign-themes', limit: 1 })).docs[0]!
const body = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'x', version: 1 }] }] } } as never

/** Milliseconds from `change` until `url` answers 200 with `text` in it. */
async function visibleAfter(change: () => Promise<unknown>, url: string, text: string): Promise<number> {
  const started = Date.now()
  await change()
  while (Date.now() - started < 600_000) {
    const res = await fetch(`http://127.0.0.1:${port}${url}`)
    if (res.status === 200 && (await res.text()).includes(text)) return Date.now() - started
    await new Promise((r) => setTimeout(r, 50))
  }
  console.error(`${url} never showed "${text}"`)
  process.exit(1)
}

const publish = (title: string) => () => payload.create({ collection: 'campaigns', data: { _status: 'published', title, themes: [theme.id as number], body } })

const coldMs = await visibleAfter(publish('Chiến dịch đo thời gian lên sóng'), '/truyen-thong/chien-dich-do-thoi-gian-len-song/', 'Chiến dịch đo thời gian lên sóng')
await siteRebuildsSettled()
const cold = lastSiteBuild()
const warmMs = await visibleAfter(publish('Chiến dịch đo lần hai'), '/truyen-thong/chien-dich-do-lan-hai/', 'Chiến dịch đo lần hai')
await siteRebuildsSettled()
const warm = lastSiteBuild()
const second = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'chien-dich-do-lan-hai' } } })).docs[0]!
const editMs = await visibleAfter(
  () => payload.update({ collection: 'campaigns', id: second.id, data: { title: 'Chiến dịch đo lần hai (đã sửa)' } }),
  '/truyen-thong/chien-dich-do-lan-hai/',
  'Chiến dịch đo lần hai (đã sửa)',
)
await siteRebuildsSettled()
const pid = residentRendererPid()
const rendererMB = pid ? Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024 : 0
stopResidentRenderer()
for (const [name, build] of Object.entries({ cold, warm })) {
  if (!build?.ok) throw new Error(`the ${name} publish did not succeed`)
  if (build.kind !== 'patch') throw new Error(`the ${name} publish was a full build, not a patch`)
}

fs.rmSync(buildCacheDir(defaultBuildsDir), { recursive: true, force: true })
const full = await buildSite()
if (!full.ok) throw new Error(full.error)
const pages = (b: typeof warm) => (b?.ok ? b.pages : { rendered: 0, reused: 0 })
console.log(JSON.stringify({ coldMs, warmMs, editMs, rendered: pages(warm).rendered, reused: pages(warm).reused, rendererMB, fullMs: full.ms }))
process.exit(0)
