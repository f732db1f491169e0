import { spawn } from 'node:child_process'

/**
 * A copy of a build folder that shares every file with it (hard links, `cp -al`): about half a
 * second for 50,000 files, and nothing is written twice. Files in the copy must be replaced
 * (removed, then written), never written in place: that would change the original too.
 */
export function linkCopy(from: string, to: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('cp', ['-al', from, to], { stdio: ['ignore', 'ignore', 'pipe'] })
    let error = ''
    child.stderr.on('data', (chunk: Buffer) => (error += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`cp -al ${from} ${to}: ${error.trim() || code}`))))
  })
}
