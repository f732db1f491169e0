import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { astroBin, tsxBin } from '../../cms/runtime/services'

const root = path.resolve(import.meta.dirname, '..', '..')

function run(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (c) => (output += c))
    child.stderr.on('data', (c) => (output += c))
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')} exited ${code}\n${output.slice(-4000)}`))))
  })
}

export type BuiltSite = { dir: string; work: string; env: Record<string, string> }

/**
 * A real build: a fresh SQLite database seeded as `npm start` seeds it (plus fixtures), then
 * `astro build` in another process, as the site builder runs it. The server's time zone is set
 * far from Vietnam to prove dates are shown in GMT+7 regardless.
 */
export async function buildSeededSite(): Promise<BuiltSite> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-site-'))
  const env = {
    DATABASE_URI: `file:${path.join(work, 'site.db')}`,
    MEDIA_DIR: path.join(work, 'media'),
    PRIVATE_FILES_DIR: path.join(work, 'private-files'),
    PAYLOAD_SECRET: 'site-test-secret',
    ADMIN_PASSWORD: 'site-test-password',
    TZ: 'America/New_York',
  }
  fs.mkdirSync(env.MEDIA_DIR)
  await run([tsxBin, 'tests/fixtures/seedSiteFixture.ts'], env)
  // The server bundle imports its dependencies by name, so it must sit inside the project tree.
  fs.mkdirSync(path.join(root, '.site-builds'), { recursive: true })
  const dir = fs.mkdtempSync(path.join(root, '.site-builds', 'test-'))
  await run([astroBin, 'build'], {
    ...env,
    SITE_OUT_DIR: dir,
    SITE_CACHE_DIR: path.join(work, 'astro-cache'),
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
  })
  return { dir, work, env }
}
