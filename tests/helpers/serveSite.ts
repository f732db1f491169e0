import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { waitForHttp } from '../../cms/runtime/services'

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

/** Serves a built site with its own @astrojs/node standalone server, as `npm start` does. */
export async function serveBuiltSite(siteDir: string, env: Record<string, string> = {}): Promise<{ url: string; stop: () => void }> {
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, [path.join(siteDir, 'server', 'entry.mjs')], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/`, 60_000)
  return { url, stop: () => child.kill('SIGTERM') }
}
