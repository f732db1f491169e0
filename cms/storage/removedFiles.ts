import fs from 'node:fs/promises'
import path from 'node:path'

import { backupInProgress } from '../backup/backupLock'

/**
 * Files whose row is being deleted wait in a hidden folder beside the live ones until the
 * deletion commits (then they are removed) or fails (then they go back). Files no row references
 * wait there too, for `removedFilesKeptHours`, before the sweep removes them.
 */
export const removedFolderName = '.removed'

export const removedDir = (staticDir: string) => path.join(staticDir, removedFolderName)

/** A stored file name as Payload keeps it: a plain name inside the collection's folder. */
export const isPlainName = (name: string) => name === path.basename(name) && !name.startsWith('.') && name !== ''

/** Moves the named files out of the live folder; returns those that were there. */
export async function setAside(staticDir: string, names: string[]): Promise<string[]> {
  await fs.mkdir(removedDir(staticDir), { recursive: true })
  const moved: string[] = []
  for (const name of names.filter(isPlainName)) {
    try {
      await fs.rename(path.join(staticDir, name), path.join(removedDir(staticDir), name))
      moved.push(name)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return moved
}

/** Keeps a second link to each named file in the hidden folder, leaving the live one in place; returns those that exist. */
export async function keepCopies(staticDir: string, names: string[]): Promise<string[]> {
  await fs.mkdir(removedDir(staticDir), { recursive: true })
  const kept: string[] = []
  for (const name of names.filter(isPlainName)) {
    const copy = path.join(removedDir(staticDir), name)
    await fs.rm(copy, { force: true })
    try {
      await fs.link(path.join(staticDir, name), copy)
      kept.push(name)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return kept
}

const sameFile = async (a: string, b: string) => {
  const [x, y] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)])
  return Boolean(x && y && x.ino === y.ino && x.dev === y.dev)
}

/**
 * After the transaction committed: the row as it now stands decides. Names it still gives stay
 * (put back if the live file is gone); the others are removed for good. Read afresh because a
 * failed commit is not always reported to the caller.
 */
export async function settleAfterCommit(staticDir: string, kept: string[], stillNamed: Set<string>): Promise<void> {
  const live = (name: string) => fs.access(path.join(staticDir, name)).then(() => true, () => false)
  const toRestore: string[] = []
  const toRemove: string[] = []
  for (const name of kept) (stillNamed.has(name) && !(await live(name)) ? toRestore : toRemove).push(name)
  await putBack(staticDir, toRestore)
  await removeForGood(staticDir, toRemove)
}

/** After a rollback: every kept file goes back to its live name, over anything the failed change wrote there. */
export async function restoreAfterRollback(staticDir: string, kept: string[]): Promise<void> {
  for (const name of kept) {
    const copy = path.join(removedDir(staticDir), name)
    if (await sameFile(copy, path.join(staticDir, name))) await fs.rm(copy, { force: true })
    else await putBack(staticDir, [name])
  }
}

export async function putBack(staticDir: string, names: string[]): Promise<void> {
  for (const name of names) {
    await fs.rename(path.join(removedDir(staticDir), name), path.join(staticDir, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }
}

/** Left set aside while a backup copies files (the sweep removes them later). */
export async function removeForGood(staticDir: string, names: string[]): Promise<void> {
  if (backupInProgress()) return
  await Promise.all(names.map((name) => fs.rm(path.join(removedDir(staticDir), name), { force: true })))
}

/** The stored file names of an upload document: the original and every generated size. */
export function storedFileNames(doc: { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null } | null | undefined): string[] {
  if (!doc) return []
  const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && isPlainName(n)))]
}
