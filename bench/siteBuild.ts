/**
 * `npm run bench`: site build cost with and without the CMS, publish → visible time, and what a
 * phone downloads. Every figure is measured in this run; ratios compare against a baseline from
 * the same run, so a noisy machine shifts both sides alike. Sizes: BENCH_SIZES=100,1000,10000.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { astroBin, tsxBin } from '../cms/runtime/services'
import { runNode } from './runNode'

/** Campaigns saved per seeding process (bench/seedBenchData.ts): libsql 0.14 holds a file descriptor per save until GC. */
const SEED_CHUNK = 2500

const root = path.resolve(import.meta.dirname, '..')
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number)


const countPages = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countPages(path.join(dir, e.name)) : e.name === 'index.html' ? 1 : 0), 0)
const gzipKB = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length / 1024

type Row = { docs: number; pages: number; cmsMs: number; plainMs: number }
const rows: Row[] = []
type Publish = { docs: number; coldMs: number; rendererStartMs: number; warmMs: number; editMs: number; warmRuns: number[]; editRuns: number[]; steps: Record<string, number>; rendered: number; reused: number; rendererMB: number; fullMs: number }
const publishes: Publish[] = []
let transfer: Record<string, string> | undefined

fs.mkdirSync(path.join(root, '.site-builds'), { recursive: true })
const compiledScripts = execFileSync(process.execPath, [path.join(root, 'cms', 'runtime', 'compileScripts.mjs'), root], { encoding: 'utf8' })
for (const docs of sizes) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `duan8-bench-${docs}-`))
  const out = fs.mkdtempSync(path.join(root, '.site-builds', `bench-${docs}-`))
  const env = { DATABASE_URI: `file:${path.join(work, 'bench.db')}`, MEDIA_DIR: path.join(work, 'media'), PAYLOAD_SECRET: 'bench', ADMIN_PASSWORD: 'bench-password', NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' }
  fs.mkdirSync(env.MEDIA_DIR)
  const snapshot = path.join(work, 'snapshot.json')
  process.stdout.write(`${docs} documents: seeding… `)
  for (let from = 0; from < Math.max(docs, 1); from += SEED_CHUNK) {
    await runNode(['--expose-gc', tsxBin, 'bench/seedBenchData.ts', String(docs), snapshot, String(from), String(from + SEED_CHUNK)], env)
  }
  process.stdout.write('building with CMS… ')
  const withCms = await runNode([astroBin, 'build'], { ...env, SITE_OUT_DIR: path.join(out, 'cms'), SITE_CACHE_DIR: path.join(out, 'cache-cms') })
  process.stdout.write('building from plain data… ')
  const plain = await runNode([astroBin, 'build'], { ...env, SITE_DATA_FILE: snapshot, DATABASE_URI: 'file:/nonexistent/never-opened.db', SITE_OUT_DIR: path.join(out, 'plain'), SITE_CACHE_DIR: path.join(out, 'cache-plain') })
  const pages = countPages(path.join(out, 'cms', 'client'))
  const plainPages = countPages(path.join(out, 'plain', 'client'))
  if (pages !== plainPages) throw new Error(`page counts differ: ${pages} with CMS, ${plainPages} without`)
  rows.push({ docs, pages, cmsMs: withCms.ms, plainMs: plain.ms })
  console.log('done')

  if (!transfer) {
    const client = path.join(out, 'cms', 'client')
    const campaignDir = fs.readdirSync(path.join(client, 'truyen-thong')).find((d) => d.startsWith('chien-dich-truyen-thong-so-1-'))!
    const campaignHtml = fs.readFileSync(path.join(client, 'truyen-thong', campaignDir, 'index.html'), 'utf8')
    const scriptSrc = (campaignHtml.match(/<script[^>]+src=/g) ?? []).length
    const data = JSON.parse(fs.readFileSync(snapshot, 'utf8')) as { campaigns: { gallery: { sizes: Record<string, { filesize: number; width: number }> }[] }[] }
    const imageSizes = data.campaigns[0]!.gallery[0]!.sizes
    transfer = {
      'home page (HTML+CSS, gzip)': `${gzipKB(path.join(client, 'index.html')).toFixed(1)} KB`,
      'campaign page (HTML+CSS, gzip)': `${gzipKB(path.join(client, 'truyen-thong', campaignDir, 'index.html')).toFixed(1)} KB`,
      'campaign list page (gzip)': `${gzipKB(path.join(client, 'truyen-thong', 'index.html')).toFixed(1)} KB`,
      'JavaScript files required': `${scriptSrc} (inline enhancement only)`,
      '360-px phone, DPR 2, gallery image (AVIF 800w)': `${(imageSizes.cardAvif!.filesize / 1024).toFixed(1)} KB`,
      '360-px phone, WebP fallback (800w)': `${(imageSizes.card!.filesize / 1024).toFixed(1)} KB`,
      '360-px phone, DPR 1 (AVIF 480w)': `${(imageSizes.smallAvif!.filesize / 1024).toFixed(1)} KB`,
    }
  }
  process.stdout.write(`${docs} documents: publish → visible… `)
  // The renderer runs compiled, as under `npm start`, so its memory is the production figure.
  const result = await runNode([tsxBin, 'bench/publishToVisible.ts'], { ...env, SITE_AUTO_REBUILD: '1', SITE_BUILDS_DIR: path.relative(root, path.join(out, 'live')), COMPILED_SCRIPTS_DIR: compiledScripts })
  const line = result.output.trim().split('\n').find((l) => l.startsWith('{"coldMs"'))
  if (!line) throw new Error(`publish → visible gave no result:\n${result.output.slice(-2000)}`)
  const publish = { docs, ...JSON.parse(line) } as Publish
  // Incremental building that reuses nothing is a full build in disguise: the figures would mislead.
  if (publish.reused === 0) throw new Error(`${docs} documents: the publish build reused no page`)
  publishes.push(publish)
  console.log('done')
  fs.rmSync(work, { recursive: true, force: true })
  fs.rmSync(out, { recursive: true, force: true })
}

const first = rows[0]!
console.log('\nSite build: Payload Local API vs the same pages from a JSON snapshot (same run)')
console.table(
  rows.map((r) => ({
    documents: r.docs,
    pages: r.pages,
    'with CMS (s)': (r.cmsMs / 1000).toFixed(1),
    'plain data (s)': (r.plainMs / 1000).toFixed(1),
    'ratio (target ≤ 1.5)': (r.cmsMs / r.plainMs).toFixed(2),
    'ms per page': (r.cmsMs / r.pages).toFixed(1),
    'growth vs first size (pages ×)': `${(r.cmsMs / first.cmsMs).toFixed(1)} (${(r.pages / first.pages).toFixed(1)})`,
  })),
)
console.log('\nPublish → visible on the live site (including the publish debounce), patched by the resident renderer, vs a full rebuild of the same site, same run')
console.table(
  publishes.map((p) => ({
    documents: p.docs,
    'first publish, renderer starting (s)': `${(p.coldMs / 1000).toFixed(1)} (start ${(p.rendererStartMs / 1000).toFixed(1)})`,
    'new campaign, renderer resident (s, median of 3)': (p.warmMs / 1000).toFixed(1),
    'edit (s, median of 3)': (p.editMs / 1000).toFixed(1),
    'pages rendered / reused': `${p.rendered} / ${p.reused}`,
    'full rebuild (s)': (p.fullMs / 1000).toFixed(1),
    'resident ÷ full': (p.warmMs / p.fullMs).toFixed(3),
    'resident vs first size': (p.warmMs / publishes[0]!.warmMs).toFixed(2),
    'target ≤ 3 s (resident)': p.warmMs <= 3000 && p.editMs <= 3000 ? 'met' : 'not met',
    'renderer memory (MB)': p.rendererMB.toFixed(0),
  })),
)
console.log('\nWhere the median new campaign\'s time went (ms): steps in the renderer, the swap, the whole patch, the whole publish → visible')
console.table(Object.fromEntries(publishes.map((p) => [p.docs, p.steps])))
console.log('Every run (s):', publishes.map((p) => `${p.docs}: new ${p.warmRuns.map((ms) => (ms / 1000).toFixed(1)).join('/')}, edit ${p.editRuns.map((ms) => (ms / 1000).toFixed(1)).join('/')}`).join('; '))
if (transfer) {
  console.log('\nWhat a reader downloads')
  console.table(Object.entries(transfer).map(([what, size]) => ({ what, size })))
}
process.exit(0)
