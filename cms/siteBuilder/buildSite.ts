import { spawn } from 'node:child_process'
import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { rootDir } from '../paths'
import { processAlive } from '../runtime/processAlive'
import { astroBin } from '../runtime/services'
import { removeTrees } from './linkCopy'
import { buildCacheDir, buildLinks, defaultBuildsDir } from './paths'
import { readerEnv } from './residentRenderer'

/** Pages Astro rendered, and pages it copied from the previous build (unchanged key and code). */
export type PageCounts = { rendered: number; reused: number }

export type BuildResult =
  | { ok: true; dir: string; ms: number; pages: PageCounts; steps?: Record<string, number> }
  | { ok: false; error: string; ms: number }

/** Counted from Astro's log as it streams: a reused page ends "(restored)" or "(cached)", a rendered one "(+12ms)". */
function countPages(chunk: string, counts: PageCounts): void {
  counts.rendered += (chunk.match(/\(\+[\d.]+m?s\)/g) ?? []).length
  counts.reused += (chunk.match(/\((restored|cached)\)/g) ?? []).length
}

/** Astro's record of the last build's pages: after a failure it may not match the cached files. */
const incrementalManifest = (buildsDir: string) => path.join(buildCacheDir(buildsDir), 'incremental-build.json')
/**
 * In the cache folder while a build runs. Astro rewrites cached pages as it renders and records
 * them only at the end: a build that never finished (killed, machine stopped) leaves pages the
 * manifest does not describe, so the next build must not trust either.
 */
const cacheInUse = (buildsDir: string) => path.join(buildCacheDir(buildsDir), 'build-in-progress')

async function forgetIncrementalCache(buildsDir: string): Promise<void> {
  await fs.rm(incrementalManifest(buildsDir), { force: true })
  await fs.rm(path.join(buildCacheDir(buildsDir), 'dist'), { recursive: true, force: true })
}

const keepBuilds = 3

/** Runs `astro build` into a fresh folder. The live site is untouched whatever happens here. */
function runAstroBuild(outDir: string, cacheDir: string, env: Record<string, string>): Promise<{ code: number | null; output: string; pages: PageCounts }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: rootDir,
      env: {
        ...process.env,
        ...readerEnv,
        ...env,
        SITE_OUT_DIR: outDir,
        SITE_CACHE_DIR: cacheDir,
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // Who is building into outDir, so a later start can stop a build whose caller died.
    if (child.pid) fsSync.writeFileSync(builderFile(outDir), String(child.pid))
    // Building is background work: let the admin and the live site keep the CPU first.
    try {
      if (child.pid) os.setPriority(child.pid, 10)
    } catch {
      /* not permitted on this system: build at normal priority */
    }
    // If this process stops, the build it started stops too.
    const stopChild = () => child.kill('SIGTERM')
    process.once('exit', stopChild)
    let output = ''
    const pages: PageCounts = { rendered: 0, reused: 0 }
    let partialLine = ''
    const collect = (chunk: Buffer) => {
      const text = chunk.toString()
      // Counted by whole lines, since a line may arrive in two chunks; the output kept is only the tail.
      const lines = (partialLine + text).split('\n')
      partialLine = lines.pop() ?? ''
      countPages(lines.join('\n'), pages)
      output = (output + text).slice(-20_000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('close', (code) => {
      process.off('exit', stopChild)
      countPages(partialLine, pages)
      resolve({ code, output, pages })
    })
  })
}

async function swapSymlink(link: string, target: string): Promise<void> {
  const temp = `${link}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  await fs.rm(temp, { force: true })
  await fs.symlink(target, temp)
  await fs.rename(temp, link) // rename over the old link is atomic
}

/** Written last into a build folder: a folder without it is a build that did not finish. */
const completeMarker = '.complete'
/** Beside a build folder while Astro builds into it: the Astro process's id. */
const builderFile = (dir: string) => `${dir}.builder`


/** Stops an Astro build left running by a caller that died — only if that process still is one. */
async function stopOrphanBuilder(dir: string): Promise<void> {
  const pid = Number(await fs.readFile(builderFile(dir), 'utf8').catch(() => ''))
  if (!pid || !processAlive(pid)) return
  const command = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  if (command.includes('astro')) process.kill(pid, 'SIGKILL')
}

/**
 * Removes the folders of builds that were interrupted (the process that started them was killed,
 * or the machine stopped): not live, not finished, and their caller is gone. Stops their Astro
 * process if it is still running. They would otherwise take the place of good builds kept for
 * rollback.
 */
export async function removeInterruptedBuilds(buildsDir = defaultBuildsDir): Promise<string[]> {
  const { current, previous } = buildLinks(buildsDir)
  const live = new Set(await Promise.all([current, previous].map((l) => fs.readlink(l).catch(() => ''))))
  const all = await fs.readdir(buildsDir).catch(() => [] as string[])
  // The resident renderer's folders and Pagefind indexes being made (cms/siteBuilder/patchSite.ts),
  // left by a process that is gone.
  for (const name of all) {
    const owner = Number(/^(?:renderer|pagefind)-(\d+)-/.exec(name)?.[1])
    if (owner && owner !== process.pid && !processAlive(owner)) await fs.rm(path.join(buildsDir, name), { recursive: true, force: true })
  }
  const names = all.filter((name) => name.startsWith('build-') && !name.endsWith('.builder'))
  const interrupted: string[] = []
  for (const name of names) {
    const dir = path.join(buildsDir, name)
    const caller = Number(/-(\d+)$/.exec(name)?.[1])
    if (live.has(dir) || caller === process.pid || (caller && processAlive(caller))) continue
    if (await fs.stat(path.join(dir, completeMarker)).then(() => true, () => false)) continue
    await stopOrphanBuilder(dir)
    await fs.rm(dir, { recursive: true, force: true })
    await fs.rm(builderFile(dir), { force: true })
    interrupted.push(name)
  }
  return interrupted
}

async function pruneOldBuilds(buildsDir: string): Promise<void> {
  const { current, previous } = buildLinks(buildsDir)
  const keep = new Set(await Promise.all([current, previous].map((l) => fs.readlink(l).catch(() => ''))))
  const entries = (await fs.readdir(buildsDir)).filter((name) => name.startsWith('build-')).sort()
  const removable = entries.slice(0, Math.max(0, entries.length - keepBuilds)).filter((name) => !keep.has(path.join(buildsDir, name)))
  await removeTrees(removable.map((name) => path.join(buildsDir, name)))
}

export async function currentBuildDir(buildsDir = defaultBuildsDir): Promise<string | null> {
  return fs.realpath(buildLinks(buildsDir).current).catch(() => null)
}

/** A fresh folder name for the next build; its suffix is this process, so a start can tell interrupted builds. */
export const newBuildDir = (buildsDir: string) => path.join(buildsDir, `build-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`)

/** Makes a finished build live: marks it complete, swaps `current` to it (the one it replaces becomes `previous`), prunes old ones. */
export async function makeLive(buildsDir: string, dir: string): Promise<void> {
  const { current, previous } = buildLinks(buildsDir)
  // Removed first: in a linked copy of another build it would be that build's file too.
  await fs.rm(path.join(dir, completeMarker), { force: true })
  await fs.writeFile(path.join(dir, completeMarker), new Date().toISOString())
  const live = await fs.readlink(current).catch(() => null)
  if (live) await swapSymlink(previous, live)
  await swapSymlink(current, dir)
  pruneInBackground(buildsDir)
}

const pruning = new Map<string, Promise<void>>()

/**
 * Old builds are removed after the swap, while the next publish may already run (removing a
 * 10,000-page build takes about a second): only folders older than the three newest go, never
 * `current` or `previous`, so nothing a publish copies from. Failing to tidy does not make the
 * build that just went live look failed.
 */
function pruneInBackground(buildsDir: string): void {
  const before = pruning.get(buildsDir) ?? Promise.resolve()
  const next = before
    .then(() => pruneOldBuilds(buildsDir))
    .catch((error: Error) => console.error(`[site] không xoá được bản dựng cũ / could not prune old builds: ${error.message}`))
  pruning.set(buildsDir, next)
}

/**
 * Builds the site and, only if the build succeeded and produced its home page, makes it live by
 * swapping the `current` symlink; the build it replaces stays as `previous` for rollback.
 */
export async function buildSite(
  options: { buildsDir?: string; env?: Record<string, string> } = {},
): Promise<BuildResult> {
  const { buildsDir = defaultBuildsDir, env = {} } = options
  const started = Date.now()
  await fs.mkdir(buildsDir, { recursive: true })
  await removeInterruptedBuilds(buildsDir)
  const dir = newBuildDir(buildsDir)
  await fs.mkdir(buildCacheDir(buildsDir), { recursive: true })
  if (await fs.stat(cacheInUse(buildsDir)).then(() => true, () => false)) await forgetIncrementalCache(buildsDir)
  await fs.writeFile(cacheInUse(buildsDir), String(process.pid))
  const { code, output, pages } = await runAstroBuild(dir, buildCacheDir(buildsDir), env)
  await fs.rm(builderFile(dir), { force: true })
  const complete = code === 0 && (await fs.stat(path.join(dir, 'client', 'index.html')).then(() => true, () => false))
  if (!complete) {
    await fs.rm(dir, { recursive: true, force: true })
    await forgetIncrementalCache(buildsDir)
    await fs.rm(cacheInUse(buildsDir), { force: true })
    return { ok: false, error: output.trim().split('\n').slice(-15).join('\n'), ms: Date.now() - started }
  }
  await makeLive(buildsDir, dir)
  await fs.rm(cacheInUse(buildsDir), { force: true })
  return { ok: true, dir, ms: Date.now() - started, pages }
}
