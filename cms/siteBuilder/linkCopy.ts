import { spawn } from 'node:child_process'

/** Runs a coreutils command on build folders in a child process: tens of thousands of files, none of them through this process's I/O threads. */
function coreutils(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let error = ''
    child.stderr.on('data', (chunk: Buffer) => (error += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: ${error.trim() || code}`))))
  })
}

/**
 * A copy of a build folder that shares every file with it (hard links, `cp -al`): about half a
 * second for 50,000 files, and nothing is written twice. Files in the copy must be replaced
 * (removed, then written), never written in place: that would change the original too.
 */
export const linkCopy = (from: string, to: string) => coreutils('cp', ['-al', from, to])

/**
 * Removes build folders (`rm -rf`). Done with fs.rm, the 50,000 unlinks of a 10,000-page build
 * queued ahead of every other file operation of the CMS for seconds, the next publish's included.
 */
export const removeTrees = (dirs: string[]) => (dirs.length ? coreutils('rm', ['-rf', '--', ...dirs]) : Promise.resolve())
