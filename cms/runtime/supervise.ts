import type { ChildProcess } from 'node:child_process'

import { isStopping, startService, stopAll } from './services'

export type SupervisionPolicy = {
  /** Waits before each restart in a row: 1 s, 2 s, 4 s … then the last again. */
  backoffMs: number[]
  /** A run this long counts as healthy: the next crash starts the back-off again. */
  healthyAfterMs: number
  /** This many crashes within `windowMs` and `npm start` gives up with exit 1 (systemd restarts it). */
  maxCrashes: number
  windowMs: number
}

export const defaultPolicy: SupervisionPolicy = {
  backoffMs: [1000, 2000, 4000, 8000, 16_000],
  healthyAfterMs: 60_000,
  maxCrashes: 6,
  windowMs: 10 * 60_000,
}

/**
 * Keeps a server running: when it stops on its own — a crash, an exit, `kill -9` — says why and
 * starts it again after a growing pause; when it keeps dying, stops everything with exit 1 so a
 * system supervisor (cms/deploy/du-an-8.service) restarts the whole install.
 */
export function supervise(name: string, args: string[], env: () => Record<string, string>, policy: SupervisionPolicy = defaultPolicy): void {
  const crashes: number[] = []
  let inARow = 0
  const run = () => {
    const startedAt = Date.now()
    const child: ChildProcess = startService(name, args, env())
    console.log(`[${name}] tiến trình ${child.pid} / started pid ${child.pid}`)
    child.on('error', (error) => {
      console.error(`[${name}] không khởi động được / could not start: ${error.message}`)
      stopAll(1)
    })
    child.on('exit', (code, signal) => {
      if (isStopping()) return
      const now = Date.now()
      crashes.push(now)
      while (crashes.length > 0 && crashes[0] < now - policy.windowMs) crashes.shift()
      inARow = now - startedAt >= policy.healthyAfterMs ? 1 : inARow + 1
      const why = signal ? `tín hiệu / signal ${signal}` : `mã thoát / exit code ${code}`
      if (crashes.length >= policy.maxCrashes) {
        console.error(`[${name}] dừng ${crashes.length} lần trong ${policy.windowMs / 60_000} phút (${why}); dừng tất cả / stopped too often, giving up.`)
        stopAll(1)
        return
      }
      const waitMs = policy.backoffMs[Math.min(inARow, policy.backoffMs.length) - 1]
      console.error(`[${name}] đã dừng bất thường (${why}); khởi động lại sau ${waitMs / 1000} giây / stopped, restarting (lần ${crashes.length}).`)
      setTimeout(() => {
        if (!isStopping()) run()
      }, waitMs)
    })
  }
  run()
}
