/**
 * `npm run bench` (serving part): `npm start` against the bare pair in the same run — bare
 * `@astrojs/node` serving the very same build, and a bare Payload app (bench/barePayload) holding
 * the same plans. Prints requests per second and memory as ratios; exits 1 when an answer is not
 * 200 or the portal's pages differ from the bare server's.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { nextBin, tsxBin, waitForHttp } from '../cms/runtime/services'
import { startApp } from '../tests/helpers/runningApp'
import { freePort } from '../tests/helpers/serveSite'
import { load, type LoadResult } from './load'
import { runNode } from './runNode'
import { treeMemory } from './processMemory'

const root = path.resolve(import.meta.dirname, '..')
const password = 'bench-serving-password-1'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-serving-'))
const failures: string[] = []


const started: ChildProcess[] = []
function serve(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' })
  started.push(child)
  return child
}

process.stdout.write('building the bare Payload app… ')
const bareDb = path.join(work, 'bare.db')
await runNode([nextBin, 'build', 'bench/barePayload'], { NEXT_TELEMETRY_DISABLED: '1', BARE_PAYLOAD_DB: bareDb })
process.stdout.write('starting npm start… ')
// The resident renderer stops 5 s after the last publish here (15 min by default): idle is measured once it has.
const app = await startApp({ ADMIN_PASSWORD: password, SITE_RENDERER_IDLE_MS: '5000' })
try {
  // Ten published plans, as the issue measured: copies of the seeded plan, saved as an officer would.
  const login = await fetch(`${app.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@du-an-8.local', password }) })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const seeded = ((await (await fetch(`${app.cmsUrl}/api/plans?depth=0&limit=1`, { headers: auth })).json()) as { docs: Record<string, unknown>[] }).docs[0]!
  for (let i = 2; i <= 10; i++) {
    const { createdAt: _c, updatedAt: _u, ...fields } = seeded
    // Array rows keep their ids in a copy; ids are the database's to give.
    const body = JSON.stringify({ ...fields, title: `${seeded.title} (bản ${i})`, slug: `${seeded.slug}-ban-${i}`, _status: 'published' }, (key, value) => (key === 'id' ? undefined : value))
    const res = await fetch(`${app.cmsUrl}/api/plans`, { method: 'POST', headers: auth, body })
    if (!res.ok) throw new Error(`plan ${i}: ${res.status} ${await res.text()}\n${app.log().slice(-3000)}`)
  }
  const lastTitle = `(bản 10)`
  const deadline = Date.now() + 180_000
  while (!(await (await fetch(`${app.siteUrl}/ke-hoach/`)).text()).includes(lastTitle)) {
    if (Date.now() > deadline) throw new Error('the ten plans never reached the portal')
    await new Promise((r) => setTimeout(r, 1000))
  }
  const renderer = () => treeMemory(app.pid).processes.find((p) => p.command.includes('renderWorker'))
  const publishing = { ours: treeMemory(app.pid), rendererMB: renderer()?.rssMB ?? 0 }
  const rendererDeadline = Date.now() + 120_000
  while (renderer()) {
    if (Date.now() > rendererDeadline) throw new Error('the resident renderer did not stop when idle')
    await new Promise((r) => setTimeout(r, 1000))
  }
  const plans = ((await (await fetch(`${app.cmsUrl}/api/plans?depth=0&limit=10`)).json()) as { docs: unknown[] }).docs
  fs.writeFileSync(path.join(work, 'plans.json'), JSON.stringify(plans))
  await runNode([tsxBin, 'bench/barePayload/seed.ts', path.join(work, 'plans.json')], { BARE_PAYLOAD_DB: bareDb, NODE_ENV: 'development' })

  process.stdout.write('starting the bare pair… ')
  const [astroPort, payloadPort] = [await freePort(), await freePort()]
  const liveBuild = fs.realpathSync(path.join(app.buildsDir, 'current'))
  const bareAstro = serve([path.join(liveBuild, 'server', 'entry.mjs')], { HOST: '127.0.0.1', PORT: String(astroPort) })
  const barePayload = serve([nextBin, 'start', 'bench/barePayload', '-p', String(payloadPort), '-H', '127.0.0.1'], { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', BARE_PAYLOAD_DB: bareDb })
  const bare = { site: `http://127.0.0.1:${astroPort}`, cms: `http://127.0.0.1:${payloadPort}` }
  await Promise.all([waitForHttp(`${bare.site}/`), waitForHttp(`${bare.cms}/api/plans?limit=1`)])
  console.log('measuring.')

  await new Promise((r) => setTimeout(r, 10_000))
  const bareMemory = () => {
    const trees = [treeMemory(bareAstro.pid!), treeMemory(barePayload.pid!)]
    return { totalMB: trees[0]!.totalMB + trees[1]!.totalMB, processes: trees.flatMap((t) => t.processes) }
  }
  const idle = { ours: treeMemory(app.pid), bare: bareMemory() }

  const planSlug = (plans[0] as { slug: string }).slug
  const rows: { what: string; ours: LoadResult; bare: LoadResult }[] = []
  const compare = async (what: string, ours: string, theirs: string, sameBody: boolean) => {
    let best: { ours?: LoadResult; bare?: LoadResult } = {}
    for (let round = 0; round < 2; round++) {
      const o = await load(ours)
      const b = await load(theirs)
      if (!best.ours || o.rps > best.ours.rps) best.ours = o
      if (!best.bare || b.rps > best.bare.rps) best.bare = b
    }
    const row = { what, ours: best.ours!, bare: best.bare! }
    if (row.ours.status !== 200 || row.bare.status !== 200) failures.push(`${what}: status ${row.ours.status} (ours), ${row.bare.status} (bare)`)
    if (sameBody && !row.ours.body.equals(row.bare.body)) failures.push(`${what}: the portal's page differs from the bare server's`)
    rows.push(row)
  }
  await compare('portal: home page', `${app.siteUrl}/`, `${bare.site}/`, true)
  await compare('portal: plan page', `${app.siteUrl}/ke-hoach/${planSlug}/`, `${bare.site}/ke-hoach/${planSlug}/`, true)
  await compare('portal: search results (no JS)', `${app.siteUrl}/tim-kiem/ket-qua/?q=b%E1%BA%A1o+l%E1%BB%B1c`, `${bare.site}/tim-kiem/ket-qua/?q=b%E1%BA%A1o+l%E1%BB%B1c`, true)
  await compare('REST: /api/plans?limit=10', `${app.cmsUrl}/api/plans?limit=10`, `${bare.cms}/api/plans?limit=10`, false)
  await compare('REST: /api/plans?limit=10 with select', `${app.cmsUrl}/api/plans?limit=10&select[title]=true&select[slug]=true`, `${bare.cms}/api/plans?limit=10&select[title]=true&select[slug]=true`, false)
  await compare('admin: login page', `${app.cmsUrl}/admin/login`, `${bare.cms}/admin/login`, false)
  await new Promise((r) => setTimeout(r, 5000))
  const loaded = { ours: treeMemory(app.pid), bare: bareMemory() }

  const pad = (s: string, n: number) => s.padEnd(n)
  console.log('\nServing, same build and same plans (requests/s over 4 s, 8 at once; best of two rounds)')
  console.log(`${pad('', 40)}${pad('npm start', 22)}${pad('bare', 22)}ratio`)
  for (const r of rows) {
    const cell = (x: LoadResult) => `${x.rps.toFixed(0)}/s p50 ${x.p50Ms.toFixed(1)} ms ${(x.bytes / 1024).toFixed(1)} KB`
    console.log(`${pad(r.what, 40)}${pad(cell(r.ours), 34)}${pad(cell(r.bare), 34)}${(r.ours.rps / r.bare.rps).toFixed(2)}×`)
  }
  console.log('\nMemory (resident, MB)                    npm start   bare pair   ratio (target ≤ 2×)')
  for (const [what, m] of [['idle', idle], ['after the load above', loaded]] as const) {
    console.log(`${pad(what, 40)}${pad(m.ours.totalMB.toFixed(0), 12)}${pad(m.bare.totalMB.toFixed(0), 12)}${(m.ours.totalMB / m.bare.totalMB).toFixed(2)}×`)
  }
  console.log(`${pad('while publishing (renderer resident)', 40)}${pad(publishing.ours.totalMB.toFixed(0), 12)}${pad('', 12)}renderer ${publishing.rendererMB.toFixed(0)} MB, stops after its idle time`)
  for (const [who, at, m] of [['npm start', 'idle', idle.ours], ['npm start', 'loaded', loaded.ours], ['bare', 'idle', idle.bare], ['bare', 'loaded', loaded.bare]] as const) {
    for (const p of m.processes) console.log(`  ${who.padEnd(10)}${at.padEnd(7)}${p.rssMB.toFixed(0).padStart(5)} MB  ${p.command.replace(root + '/', '').slice(0, 90) || '(next-server)'}`)
  }
} finally {
  for (const child of started) child.kill('SIGTERM')
  await app.stop()
  fs.rmSync(work, { recursive: true, force: true })
}
if (failures.length) {
  console.error(`\nFAILED:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
