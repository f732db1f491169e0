import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

/** Runs Node with these arguments in the project folder; resolves with its time and output, rejects with the output's end. */
export function runNode(args: string[], env: Record<string, string>): Promise<{ ms: number; output: string }> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (c) => (output += c))
    child.stderr.on('data', (c) => (output += c))
    child.on('close', (code) => (code === 0 ? resolve({ ms: Date.now() - started, output }) : reject(new Error(`${args.join(' ')}:\n${output.slice(-3000)}`))))
  })
}
