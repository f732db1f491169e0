import { type ChildProcess, fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { RendererJobs } from '../scripts/renderWorker'
import { rootDir } from '../paths'
import { processAlive } from '../runtime/processAlive'
import { scriptArgs } from '../runtime/services'
import type { PatchJob, PatchResult } from './patchBuild'

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string }
type Started = { type: 'ready'; ms: number; paths: number } | { type: 'failed'; error: string }

/** How long the renderer stays after its last job; editors publish in bursts, and it holds memory. */
const idleMs = () => Number(process.env.SITE_RENDERER_IDLE_MS ?? 15 * 60_000)
/** A job that takes longer than this is treated as hung: the renderer is stopped and the site rebuilt in full. */
const jobTimeoutMs = 5 * 60_000

type Worker = { child: ChildProcess; dir: string; ready: Promise<void>; waiting: Map<number, (reply: Reply) => void>; nextId: number; jobs: number }

// One renderer per process even if Next loads this module in several bundles.
const stateKey = Symbol.for('duan8.residentRenderer')
const state = ((globalThis as Record<symbol, unknown>)[stateKey] ??= { worker: null, idleTimer: null, lastStartMs: 0 }) as {
  worker: Worker | null
  idleTimer: NodeJS.Timeout | null
  lastStartMs: number
}

/** On unless SITE_RESIDENT_RENDERER=0: then every publish is a full build. */
export const residentRendererEnabled = () => process.env.SITE_RESIDENT_RENDERER !== '0'

/**
 * The renderer reads, it never publishes: it must not queue builds of its own when its Payload
 * starts (onInit), nor run the job queue. It renders as a full build does, in production mode.
 */
export const readerEnv = { SITE_AUTO_REBUILD: '0', SITE_REBUILD_ON_START: '0', PAYLOAD_DISABLE_JOBS: '1', NODE_ENV: 'production' as const }

/** Folders of earlier renderers of this process (stopped while copying, say) and of processes that are gone. */
function removeEarlierRendererFolders(buildsDir: string): void {
  for (const name of fs.existsSync(buildsDir) ? fs.readdirSync(buildsDir) : []) {
    const owner = Number(/^renderer-(\d+)-/.exec(name)?.[1])
    if (!owner) continue
    if (owner === process.pid || !processAlive(owner)) fs.rmSync(path.join(buildsDir, name), { recursive: true, force: true })
  }
}

function start(buildsDir: string): Worker {
  removeEarlierRendererFolders(buildsDir)
  const dir = path.join(buildsDir, `renderer-${process.pid}-${Date.now()}`)
  const args = scriptArgs('renderWorker')
  const child = fork(args.at(-1)!, [dir], { cwd: rootDir, execArgv: ['--expose-gc', ...args.slice(0, -1)], env: { ...process.env, ...readerEnv }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  // Background work, as builds are: the admin and the live site keep the CPU first.
  try {
    if (child.pid) os.setPriority(child.pid, 10)
  } catch {
    /* not permitted here */
  }
  const worker: Worker = { child, dir, ready: Promise.resolve(), waiting: new Map(), nextId: 1, jobs: 0 }
  const started = Date.now()
  worker.ready = new Promise((resolve, reject) => {
    child.on('message', (message: Reply | Started) => {
      if ('type' in message) {
        if (message.type === 'ready') {
          state.lastStartMs = Date.now() - started
          resolve()
        } else reject(new Error(message.error))
        return
      }
      worker.waiting.get(message.id)?.(message)
      worker.waiting.delete(message.id)
    })
    child.on('exit', (code) => {
      reject(new Error(`the renderer stopped (${code})`))
      for (const answer of worker.waiting.values()) answer({ id: 0, ok: false, error: `the renderer stopped (${code})` })
      worker.waiting.clear()
      if (state.worker === worker) state.worker = null
      fs.rmSync(dir, { recursive: true, force: true })
    })
  })
  worker.ready.catch(() => stopWorker(worker))
  const stopChild = () => child.kill('SIGKILL')
  process.once('exit', stopChild)
  child.once('exit', () => process.off('exit', stopChild))
  return worker
}

function stopWorker(worker: Worker): void {
  if (state.worker !== worker) return
  if (state.idleTimer) clearTimeout(state.idleTimer)
  state.idleTimer = null
  state.worker = null
  if (worker.child.exitCode === null) worker.child.kill('SIGTERM')
}

/** Stops the renderer (when idle, before a full build, at shutdown); the next publish starts a new one. */
export function stopResidentRenderer(): void {
  if (state.worker) stopWorker(state.worker)
}

function armIdleTimer(): void {
  if (state.idleTimer) clearTimeout(state.idleTimer)
  state.idleTimer = setTimeout(stopResidentRenderer, idleMs())
  state.idleTimer.unref()
}

/**
 * Starts the renderer ahead of a publish (an editor just logged in), so the first publish does
 * not wait the seconds it takes to compile the site and read its data. It stops when idle.
 */
export function warmResidentRenderer(buildsDir: string): void {
  if (!residentRendererEnabled()) return
  state.worker ??= start(buildsDir)
  if (state.worker.jobs === 0) armIdleTimer()
}

async function ask<T>(buildsDir: string, type: keyof RendererJobs, job: unknown): Promise<T> {
  state.worker ??= start(buildsDir)
  const worker = state.worker
  worker.jobs += 1
  if (state.idleTimer) clearTimeout(state.idleTimer)
  state.idleTimer = null
  let timer: NodeJS.Timeout | undefined
  try {
    await worker.ready
    const id = worker.nextId++
    const reply = await new Promise<Reply>((resolve) => {
      worker.waiting.set(id, resolve)
      timer = setTimeout(() => resolve({ id, ok: false, error: `no answer in ${jobTimeoutMs / 1000} s` }), jobTimeoutMs)
      worker.child.send({ id, type, job })
    })
    if (!reply.ok) {
      stopWorker(worker)
      throw new Error(reply.error)
    }
    return reply.result as T
  } finally {
    clearTimeout(timer)
    worker.jobs -= 1
    if (worker.jobs === 0 && state.worker === worker) armIdleTimer()
  }
}

/** The renderer's process, while one runs (for the benchmark's memory figure). */
export const residentRendererPid = () => state.worker?.child.pid ?? null

/** How long the renderer last took to start (compile the site and read its data), for the benchmark. */
export const lastRendererStartMs = () => state.lastStartMs

export const patchWithRenderer = (buildsDir: string, job: PatchJob) => ask<PatchResult>(buildsDir, 'patch', job)

export const searchIndexWithRenderer = (buildsDir: string, job: RendererJobs['searchIndex']) => ask<{ entries: number }>(buildsDir, 'searchIndex', job)

export const withSearchIndexByRenderer = (buildsDir: string, job: RendererJobs['withSearchIndex']) => ask<void>(buildsDir, 'withSearchIndex', job)
