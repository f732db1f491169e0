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
