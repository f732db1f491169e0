import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { waitForHttp } from '../../cms/runtime/services'

export type RunningNginx = { url: string; stop: () => Promise<void> }

/**
 * Debian's nginx with the repository's site file (cms/deploy/nginx-du-an-8.conf), its ports
 * pointed at a running app, as an unprivileged instance with its own prefix folder.
 */
export async function startNginx(port: number, upstream: { cmsPort: number; sitePort: number }): Promise<RunningNginx> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'du-an-8-nginx-'))
  // Started as root (CI), nginx's workers run as nobody: they must reach their temp folders.
  fs.chmodSync(prefix, 0o755)
  const site = fs
    .readFileSync(path.resolve('cms/deploy/nginx-du-an-8.conf'), 'utf8')
    .replace('127.0.0.1:3000', `127.0.0.1:${upstream.cmsPort}`)
    .replace('127.0.0.1:4321', `127.0.0.1:${upstream.sitePort}`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('listen [::]:80;', '')
  fs.writeFileSync(path.join(prefix, 'du-an-8.conf'), site)
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      `pid ${path.join(prefix, 'nginx.pid')};`,
      `error_log ${path.join(prefix, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      `  access_log ${path.join(prefix, 'access.log')};`,
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(prefix, 'du-an-8.conf')};`,
      '}',
    ].join('\n'),
  )
  const child = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  await Promise.race([waitForHttp(`${url}/`, 30_000), exited.then(() => Promise.reject(new Error(`nginx exited: ${fs.readFileSync(path.join(prefix, 'error.log'), 'utf8')}`)))])
  return {
    url,
    stop: async () => {
      child.kill('SIGQUIT')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}
