import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { launcher, waitForHttp } from '../../cms/runtime/services'
import { freePort } from './serveSite'

export type RunningApp = {
  cmsUrl: string
  siteUrl: string
  dataDir: string
  mediaDir: string
  /** The site builder's folder: `current` links to the live build. */
  buildsDir: string
  /** The supervisor's process id: the servers are its children (for memory figures). */
  pid: number
  /** Where the app keeps its data, for commands run beside it (npm run backup). */
  env: Record<string, string>
  log: () => string
  stop: () => Promise<void>
}

/**
 * The whole product as `npm start` runs it (migrate, seed, admin build when needed, site build,
 * both servers), on a fresh data folder and free ports. Stopped with Ctrl-C like a user would.
 */
export async function startApp(env: Record<string, string>): Promise<RunningApp> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'du-an-8-app-'))
  fs.mkdirSync(path.resolve('.site-builds'), { recursive: true })
  const buildsDir = fs.mkdtempSync(path.resolve('.site-builds', 'test-app-'))
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const { DATABASE_URI: _ignored, ...inherited } = process.env
  const placeEnv: Record<string, string> = { DATA_DIR: path.join(work, 'data'), MEDIA_DIR: path.join(work, 'media'), ...(env.DATABASE_URI ? { DATABASE_URI: env.DATABASE_URI } : {}) }
  const output: string[] = []
  const child = spawn(process.execPath, [launcher, 'start'], {
    env: {
      ...inherited,
      DATA_DIR: path.join(work, 'data'),
      MEDIA_DIR: path.join(work, 'media'),
      SITE_BUILDS_DIR: path.relative(process.cwd(), buildsDir),
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      HOST: '127.0.0.1',
      ...env,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => output.push(String(d)))
  child.stderr!.on('data', (d) => output.push(String(d)))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const app: RunningApp = {
    cmsUrl: `http://localhost:${cmsPort}`,
    siteUrl: `http://localhost:${sitePort}`,
    dataDir: placeEnv.DATA_DIR!,
    mediaDir: placeEnv.MEDIA_DIR!,
    buildsDir,
    pid: child.pid!,
    env: placeEnv,
    log: () => output.join(''),
    stop: async () => {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGINT')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))])
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL')
      fs.rmSync(work, { recursive: true, force: true })
      fs.rmSync(buildsDir, { recursive: true, force: true })
    },
  }
  try {
    await Promise.race([
      Promise.all([waitForHttp(`${app.cmsUrl}/admin/login`, 420_000), waitForHttp(`${app.siteUrl}/`, 420_000)]),
      exited.then(() => Promise.reject(new Error(`npm start exited:\n${app.log().slice(-3000)}`))),
    ])
  } catch (error) {
    await app.stop()
    throw error
  }
  return app
}
