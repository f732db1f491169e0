import fs from 'node:fs'

const children = (pid: number): number[] => {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number))
  } catch {
    return []
  }
}

const rssMB = (pid: number): number => {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)
    return line ? Number(line[1]) / 1024 : 0
  } catch {
    return 0
  }
}

const name = (pid: number): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(1).join(' ')
  } catch {
    return '?'
  }
}

/** Resident memory of a process and all its descendants, in MB, each named by its command line. */
export function treeMemory(pid: number): { totalMB: number; processes: { pid: number; command: string; rssMB: number }[] } {
  const processes: { pid: number; command: string; rssMB: number }[] = []
  const visit = (p: number) => {
    processes.push({ pid: p, command: name(p), rssMB: rssMB(p) })
    for (const child of children(p)) visit(child)
  }
  visit(pid)
  return { totalMB: processes.reduce((sum, p) => sum + p.rssMB, 0), processes }
}
