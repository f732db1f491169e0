import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { rootDir } from '../paths'
import { buildLinks, defaultBuildsDir } from './paths'

export type BuildResult =
  | { ok: true; dir: string; ms: number }
  | { ok: false; error: string; ms: number }

const keepBuilds = 3

/** Runs `astro build` into a fresh folder. The live site is untouched whatever happens here. */
function runAstroBuild(outDir: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(rootDir, 'node_modules', 'astro', 'astro.js'), 'build'], {
      cwd: rootDir,
      env: {
        ...process.env,
        // The CMS (Next) runs without the Lexical preload; the Astro build loads Payload natively and needs it.
        NODE_OPTIONS: `--import=${pathToFileURL(path.join(rootDir, 'cms', 'runtime', 'preloadLexical.mjs')).href}`,
        ...env,
        SITE_OUT_DIR: outDir,
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
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
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('close', (code) => {
      process.off('exit', stopChild)
      resolve({ code, output })
    })
  })
}

async function swapSymlink(link: string, target: string): Promise<void> {
  const temp = `${link}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  await fs.rm(temp, { force: true })
  await fs.symlink(target, temp)
  await fs.rename(temp, link) // rename over the old link is atomic
}

async function pruneOldBuilds(buildsDir: string): Promise<void> {
  const { current, previous } = buildLinks(buildsDir)
  const keep = new Set(await Promise.all([current, previous].map((l) => fs.readlink(l).catch(() => ''))))
  const entries = (await fs.readdir(buildsDir)).filter((name) => name.startsWith('build-')).sort()
  const removable = entries.slice(0, Math.max(0, entries.length - keepBuilds)).filter((name) => !keep.has(path.join(buildsDir, name)))
  await Promise.all(removable.map((name) => fs.rm(path.join(buildsDir, name), { recursive: true, force: true })))
}

export async function currentBuildDir(buildsDir = defaultBuildsDir): Promise<string | null> {
  return fs.realpath(buildLinks(buildsDir).current).catch(() => null)
}

/**
 * Builds the site and, only if the build succeeded and produced its home page, makes it live by
 * swapping the `current` symlink; the build it replaces stays as `previous` for rollback.
 */
export async function buildSite(
  options: { buildsDir?: string; env?: Record<string, string> } = {},
): Promise<BuildResult> {
  const { buildsDir = defaultBuildsDir, env = {} } = options
  const { current, previous } = buildLinks(buildsDir)
  const started = Date.now()
  await fs.mkdir(buildsDir, { recursive: true })
  const dir = path.join(buildsDir, `build-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`)
  const { code, output } = await runAstroBuild(dir, env)
  const complete = code === 0 && (await fs.stat(path.join(dir, 'client', 'index.html')).then(() => true, () => false))
  if (!complete) {
    await fs.rm(dir, { recursive: true, force: true })
    return { ok: false, error: output.trim().split('\n').slice(-15).join('\n'), ms: Date.now() - started }
  }
  const live = await fs.readlink(current).catch(() => null)
  if (live) await swapSymlink(previous, live)
  await swapSymlink(current, dir)
  await pruneOldBuilds(buildsDir)
  return { ok: true, dir, ms: Date.now() - started }
}
