import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launcher, waitForHttp } from '../../cms/runtime/services'
import { startApp, type RunningApp } from '../helpers/runningApp'
import { freePort } from '../helpers/serveSite'

describe('npm start before it builds anything', () => {
  it('stops at once, naming the port another program holds', async () => {
    const blocker = net.createServer()
    const taken = await freePort()
    await new Promise<void>((resolve) => blocker.listen(taken, '127.0.0.1', resolve))
    const started = Date.now()
    const child = spawn(process.execPath, [launcher, 'start'], {
      env: { ...process.env, CMS_PORT: String(taken), SITE_PORT: String(await freePort()), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += String(d)))
    child.stderr.on('data', (d) => (output += String(d)))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    blocker.close()
    expect(code).toBe(1)
    expect(output).toContain(`Cổng ${taken} (CMS_PORT) đang bị chương trình khác dùng`)
    expect(output).not.toContain('Sẵn sàng')
    expect(Date.now() - started).toBeLessThan(30_000)
  }, 60_000)
})

describe('npm start while it runs', () => {
  let app: RunningApp
  beforeAll(async () => {
    app = await startApp({})
  }, 480_000)
  afterAll(() => app?.stop(), 60_000)

  const pidsOf = (name: string) => [...app.log().matchAll(new RegExp(`\\[${name}\\] tiến trình (\\d+)`, 'g'))].map((m) => Number(m[1]))

  it.each([
    ['cms', 'serveAdmin.mjs', () => `${app.cmsUrl}/admin/login`],
    ['site', 'serveSite.mjs', () => `${app.siteUrl}/`],
  ])('restarts the %s server after kill -9 and says why', async (name, script, url) => {
    const [pid] = pidsOf(name).slice(-1)
    process.kill(pid, 'SIGKILL')
    await expect.poll(() => pidsOf(name).length, { timeout: 30_000 }).toBeGreaterThan(pidsOf(name).indexOf(pid) + 1)
    expect(() => process.kill(pid, 0)).toThrow() // the killed process was the server itself, not a wrapper
    expect(app.log()).toMatch(new RegExp(`\\[${name}\\] đã dừng bất thường \\(tín hiệu / signal SIGKILL\\); khởi động lại sau 1 giây`))
    await waitForHttp(url(), 60_000)
    const res = await fetch(url())
    expect(res.status).toBe(200)
    // The new process is the server itself (compiled, on plain Node) and has the port: nothing was left holding it.
    const [restarted] = pidsOf(name).slice(-1)
    const command = fs.readFileSync(`/proc/${restarted}/cmdline`, 'utf8').split('\0')
    expect(command).toContainEqual(expect.stringMatching(new RegExp(`/\\.build/scripts/[0-9a-f]{16}/${script.replace('.', '\\.')}$`)))
    expect(command.join(' ')).not.toMatch(/tsx|--import|--loader/)
    expect(app.log()).not.toContain('đang bị chương trình khác dùng')
    expect(app.log()).not.toContain('EADDRINUSE')
  }, 120_000)
})
