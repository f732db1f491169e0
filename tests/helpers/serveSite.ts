import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { launcher, waitForHttp } from '../../cms/runtime/services'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * Serves a built site with the portal server `npm start` runs (cms/scripts/serveSite.ts: the
 * build's @astrojs/node handler behind the portal's headers), its `current` link on this build.
 */
export async function serveBuiltSite(siteDir: string, env: Record<string, string> = {}): Promise<{ url: string; stop: () => void }> {
  const port = await freePort()
  const links = fs.mkdtempSync(path.resolve('.site-builds', 'serve-'))
  fs.symlinkSync(path.resolve(siteDir), path.join(links, 'current'))
  const child: ChildProcess = spawn(process.execPath, [launcher, 'serveSite'], {
    env: { ...process.env, ...env, SITE_BUILDS_DIR: path.relative(process.cwd(), links), HOST: '127.0.0.1', PORT: String(port) },
    stdio: process.env.DEBUG_PORTAL ? 'inherit' : 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/`, 60_000)
  return {
    url,
    stop: () => {
      child.kill('SIGTERM')
      fs.rmSync(links, { recursive: true, force: true })
    },
  }
}
