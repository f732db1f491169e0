/**
 * The resident renderer: a child of the CMS process (cms/siteBuilder/residentRenderer.ts) that
 * compiles the site once, keeps it loaded, and patches the live build on each publish. Messages:
 * `{ id, type, job }` in (RendererJobs), `{ id, ok, result | error }` out; `ready` or
 * `failed` once after start.
 */
import fsSync from 'node:fs'
import fs from 'node:fs/promises'

import { bootRenderer, buildSearchIndex, patchBuild, type PatchJob, warmRenderer, withSearchIndex } from '../siteBuilder/patchBuild'

export type RendererJobs = {
  patch: PatchJob
  searchIndex: { buildDir: string; outputDir: string; compressedCacheDir: string }
  withSearchIndex: { liveDir: string; newDir: string; indexDir: string; compressedCacheDir: string }
}
type Request = { [K in keyof RendererJobs]: { id: number; type: K; job: RendererJobs[K] } }[keyof RendererJobs]

const bootDir = process.argv[2]
if (!bootDir || !process.send) {
  console.error('usage: forked by the CMS with its boot folder')
  process.exit(2)
}
const send = (message: unknown) => process.send!(message)
/** Started with --expose-gc (cms/siteBuilder/residentRenderer.ts). */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.()
process.on('disconnect', () => {
  fsSync.rmSync(bootDir, { recursive: true, force: true })
  process.exit(0)
})

try {
  const started = Date.now()
  await fs.rm(bootDir, { recursive: true, force: true })
  const renderer = await bootRenderer(bootDir)
  const paths = await warmRenderer(renderer)
  // What compiling left on the heap (a few hundred megabytes) is let go now, not whenever V8 gets to it.
  collectGarbage()
  send({ type: 'ready', ms: Date.now() - started, paths })

  const answer = (request: Request, work: () => Promise<unknown>) =>
    work().then(
      (result) => send({ id: request.id, ok: true, result }),
      (error: unknown) => send({ id: request.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    )
  // Jobs that make builds run one at a time, in order: each starts from the build the one before made.
  // Indexing for search (several seconds on a large site) writes only its own folder, so a
  // publish never waits behind it.
  let builds: Promise<unknown> = Promise.resolve()
  process.on('message', (request: Request) => {
    if (request.type === 'searchIndex') {
      const { buildDir, outputDir, compressedCacheDir } = request.job
      void answer(request, async () => ({ entries: await buildSearchIndex(buildDir, outputDir, compressedCacheDir) }))
      return
    }
    builds = builds.then(() => answer(request, () => (request.type === 'patch' ? patchBuild(renderer, request.job) : withSearchIndex(renderer, request.job)))).then(collectGarbage)
  })
  // A stopped renderer takes its folder (its spare copy links files of builds that may be pruned).
  process.on('SIGTERM', () => {
    fsSync.rmSync(bootDir, { recursive: true, force: true })
    process.exit(0)
  })
} catch (error) {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  process.exit(1)
}
