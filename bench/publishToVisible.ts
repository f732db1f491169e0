/**
 * Child process of bench/siteBuild.ts: on an already filled database, makes a live build, serves
 * it with the portal server `npm start` runs (its own process), and publishes through the Local
 * API (the same hooks as the admin):
 *  - a first campaign, while no resident renderer is running (it starts with this publish);
 *  - three more campaigns, with the renderer resident (what editors see while they work): the median;
 *  - three edits of a campaign's title: the median.
 * Each is timed until the public URL shows it. Then, as the baseline of the same run, a full
 * rebuild with the cache emptied. Exits with an error if a page never appears: a benchmark that
 * cannot see it must not pass.
 */
import fs from 'node:fs'
import net from 'node:net'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { buildSite } from '../cms/siteBuilder/buildSite'
import { buildCacheDir, buildLinks, defaultBuildsDir } from '../cms/siteBuilder/paths'
import { lastSiteBuild, siteRebuildsSettled } from '../cms/siteBuilder/rebuildQueue'
import { lastRendererStartMs, residentRendererPid, stopResidentRenderer } from '../cms/siteBuilder/residentRenderer'
import { scriptArgs, startService, waitForHttp } from '../cms/runtime/services'

const payload = await getPayload({ config })
const first = await buildSite()
if (!first.ok) throw new Error(first.error)
const port = await new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as net.AddressInfo
    probe.close(() => resolve(port))
  })
})
const portal = startService('portal', scriptArgs('serveSite'), { SITE_PORT: String(port), HOST: '127.0.0.1' })
await waitForHttp(`http://127.0.0.1:${port}/`)
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
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const warmRuns: { ms: number; build: ReturnType<typeof lastSiteBuild> }[] = []
for (const n of ['hai', 'ba', 'bốn']) {
  const ms = await visibleAfter(publish(`Chiến dịch đo lần ${n}`), `/truyen-thong/chien-dich-do-lan-${n.replace('ố', 'o')}/`, `Chiến dịch đo lần ${n}`)
  await siteRebuildsSettled()
  warmRuns.push({ ms, build: lastSiteBuild() })
}
const warmMs = median(warmRuns.map((r) => r.ms))
const warm = warmRuns.find((r) => r.ms === warmMs)!.build
const second = (await payload.find({ collection: 'campaigns', where: { slug: { equals: 'chien-dich-do-lan-hai' } } })).docs[0]!
const editRuns: number[] = []
for (const n of [1, 2, 3]) {
  editRuns.push(
    await visibleAfter(
      () => payload.update({ collection: 'campaigns', id: second.id, data: { title: `Chiến dịch đo lần hai (sửa lần ${n})` } }),
      '/truyen-thong/chien-dich-do-lan-hai/',
      `Chiến dịch đo lần hai (sửa lần ${n})`,
    ),
  )
  await siteRebuildsSettled()
}
const editMs = median(editRuns)
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
portal.kill('SIGTERM')
const pages = (b: typeof warm) => (b?.ok ? b.pages : { rendered: 0, reused: 0 })
// Where the median publish's time went: the patch's steps in the renderer, the swap, and the rest
// (debounce, status writes, the portal loading the new build).
const steps = warm?.ok ? { ...warm.steps, 'visible (total)': warmMs, 'patch (total)': warm.ms } : {}
console.log(JSON.stringify({ coldMs, rendererStartMs: lastRendererStartMs(), warmMs, editMs, warmRuns: warmRuns.map((r) => r.ms), editRuns, steps, rendered: pages(warm).rendered, reused: pages(warm).reused, rendererMB, fullMs: full.ms }))
process.exit(0)
