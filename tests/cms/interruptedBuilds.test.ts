import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { removeInterruptedBuilds } from '../../cms/siteBuilder/buildSite'

/** A process id that no longer runs: a child that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!

describe('builds interrupted by a crash or a power cut', () => {
  it('are removed; finished, live and still running builds stay', () => {
    const buildsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'builds-'))
    const folder = (name: string, complete: boolean) => {
      fs.mkdirSync(path.join(buildsDir, name, 'client'), { recursive: true })
      if (complete) fs.writeFileSync(path.join(buildsDir, name, '.complete'), 'x')
      return name
    }
    const interrupted = folder(`build-2026-11-29T01-00-00-000Z-${deadPid()}`, false)
    const finished = folder(`build-2026-11-29T02-00-00-000Z-${deadPid()}`, true)
    const liveFromOldVersion = folder(`build-2026-11-29T03-00-00-000Z-${deadPid()}`, false)
    const running = folder(`build-2026-11-29T04-00-00-000Z-${process.pid}`, false)
    fs.symlinkSync(path.join(buildsDir, liveFromOldVersion), path.join(buildsDir, 'current'))

    return removeInterruptedBuilds(buildsDir).then((removed) => {
      expect(removed).toEqual([interrupted])
      expect(fs.readdirSync(buildsDir).sort()).toEqual(['current', finished, liveFromOldVersion, running].sort())
    })
  })

  it('stop the Astro process a dead caller left building, and no other process', async () => {
    const buildsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'builds-'))
    const keepRunning = (tag: string) => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', tag], { stdio: 'ignore' })
    const orphan = keepRunning('astro-build')
    const unrelated = keepRunning('something-else')
    const orphanExit = new Promise((resolve) => orphan.on('exit', (_code, signal) => resolve(signal)))
    for (const [name, pid] of [
      [`build-2026-11-29T05-00-00-000Z-${deadPid()}`, orphan.pid],
      [`build-2026-11-29T06-00-00-000Z-${deadPid()}`, unrelated.pid],
    ] as const) {
      fs.mkdirSync(path.join(buildsDir, name, 'client'), { recursive: true })
      fs.writeFileSync(path.join(buildsDir, `${name}.builder`), String(pid))
    }
    expect(await removeInterruptedBuilds(buildsDir)).toHaveLength(2)
    expect(await orphanExit).toBe('SIGKILL')
    expect(unrelated.exitCode).toBeNull()
    unrelated.kill()
    expect(fs.readdirSync(buildsDir)).toEqual([])
  })
})
