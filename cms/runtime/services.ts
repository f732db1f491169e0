import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { rootDir } from '../paths'

export const binPath = (pkg: string, file: string) => path.join(rootDir, 'node_modules', pkg, file)
export const nextBin = binPath('next', 'dist/bin/next')
export const tsxBin = binPath('tsx', 'dist/cli.mjs')
export const astroBin = binPath('astro', 'bin/astro.mjs')
/** What `npm start` runs: `node <launcher> start` (cms/runtime/run.mjs). */
export const launcher = path.join(rootDir, 'cms', 'runtime', 'run.mjs')
/**
 * Node's arguments to run one of cms/scripts: the compiled file when started through
 * cms/runtime/run.mjs (as `npm start` is), else the TypeScript source through tsx as a loader
 * (`npm run dev`). The loader keeps it one process: a supervisor watching tsx's command line would
 * miss the server it starts.
 */
export function scriptArgs(name: 'serveAdmin' | 'serveSite' | 'prepare' | 'renderWorker'): string[] {
  const compiled = process.env.COMPILED_SCRIPTS_DIR
  return compiled ? [path.join(compiled, `${name}.mjs`)] : ['--import', 'tsx', path.join('cms', 'scripts', `${name}.ts`)]
}

/** Next's processes run without inherited NODE_OPTIONS: a `--import` there hangs `next build`'s workers. */
export const nextEnv = { NODE_OPTIONS: '' }

const children = new Set<ChildProcess>()

/** Starts a long-running process with its output prefixed, and remembers it for shutdown. */
export function startService(name: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: rootDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(`[${name}] ${line}\n`)
  }
  child.stdout!.on('data', prefix(process.stdout))
  child.stderr!.on('data', prefix(process.stderr))
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function runStep(name: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const child = startService(name, args, env)
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${name} thất bại / failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) return
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} không phản hồi sau ${timeoutMs / 1000} giây / did not answer in time`)
}

let stopping = false

/** Whether `npm start` is shutting down (children stopping now are not crashes). */
export const isStopping = () => stopping

/** Stops every child (SIGTERM, then SIGKILL after 5 s) and exits with the given code. */
export function stopAll(exitCode = 0): void {
  if (stopping) return
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  const force = setTimeout(() => {
    for (const child of children) child.kill('SIGKILL')
    process.exit(exitCode)
  }, 5000)
  force.unref()
  const check = setInterval(() => {
    if (children.size > 0) return
    clearInterval(check)
    process.exit(exitCode)
  }, 100)
}

/** Ctrl-C or SIGTERM stops every child, then this process. */
export function stopAllOnSignal(): void {
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`\nĐang dừng / stopping (${signal})…`)
    stopAll(0)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
}

/** If any service dies on its own, stop everything so a supervisor sees the failure. */
export function exitWhenAnyDies(services: ChildProcess[]): void {
  for (const service of services) {
    service.on('exit', (code, signal) => {
      if (stopping) return
      console.error(`Một dịch vụ đã dừng bất thường / a service stopped (${signal ?? code}); đang dừng tất cả.`)
      stopAll(typeof code === 'number' && code !== 0 ? code : 1)
    })
  }
}
