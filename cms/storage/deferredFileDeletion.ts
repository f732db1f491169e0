import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook, CollectionConfig, PayloadRequest } from 'payload'

import { transactionOf, whenTransactionEnds } from './commitCallbacks'
import { keepCopies, removeForGood, restoreAfterRollback, setAside, settleAfterCommit, storedFileNames } from './removedFiles'

type Waiting = Record<string, string[]>
const waitingKey = 'filesAwaitingRemoval'
const waiting = (req: PayloadRequest): Waiting => ((req.context[waitingKey] as Waiting | undefined) ??= {})
const replaced = (req: PayloadRequest): Waiting => ((req.context.filesReplaced as Waiting | undefined) ??= {})

/**
 * Payload removes an upload's files before the row's deletion or update is written and
 * committed, so one that then fails leaves a row whose file is gone. Here the files are first
 * kept aside — moved for a deletion, linked for any update (a new file, a new crop or focal
 * point all make Payload remove the old ones) — and once the transaction ends the row decides:
 * files it still names stay, the others are removed; after a rollback they all go back.
 * Without a transaction (MongoDB without a replica set) a deletion's files go once the row has.
 */
export function deferDeletion(collection: CollectionConfig): CollectionConfig {
  const staticDir = collection.upload && typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
  if (!staticDir) return collection
  const slug = collection.slug

  const rowNames = async (req: PayloadRequest, id: number | string, inTransaction: boolean) =>
    storedFileNames(
      (await req.payload.findByID({ collection: slug as never, id, depth: 0, overrideAccess: true, disableErrors: true, showHiddenFields: true, ...(inTransaction ? { req } : {}) })) as never,
    )
  const keepFilesOf = async (req: PayloadRequest, id: number | string, how: 'move' | 'link') => {
    const names = await rowNames(req, id, true)
    const kept = how === 'move' ? await setAside(staticDir, names) : await keepCopies(staticDir, names)
    if (kept.length === 0) return
    replaced(req)[`${slug}:${id}`] = kept
    const settled = whenTransactionEnds(
      req,
      async () => settleAfterCommit(staticDir, kept, new Set(await rowNames(req, id, false))),
      () => restoreAfterRollback(staticDir, kept),
    )
    if (!settled) waiting(req)[`${slug}:${id}`] = kept
  }
  const removeWaiting = async (req: PayloadRequest, id: number | string | undefined) => {
    const key = `${slug}:${id}`
    const names = waiting(req)[key]
    if (!names) return
    delete waiting(req)[key]
    await removeForGood(staticDir, names)
  }

  const beforeDelete: CollectionBeforeDeleteHook = ({ req, id }) => keepFilesOf(req, id, 'move')
  const afterDelete: CollectionAfterDeleteHook = async ({ req, id }) => removeWaiting(req, id)
  const beforeReplace: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
    const id = (args as unknown as { id?: number | string }).id
    // Before access is checked: only where a rollback can put the files back.
    if (operation === 'update' && transactionOf(req) && id !== undefined) await keepFilesOf(req, id, 'link')
    return args
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
    const old = new Set(operation === 'update' ? replaced(req)[`${slug}:${doc.id}`] : [])
    if (operation === 'create' || old.size > 0) {
      // New files whose row is rolled back (here or in an enclosing transaction) go with it; a
      // new file that took an old one's name is overwritten when the old one is put back.
      const names = storedFileNames(doc).filter((n) => !old.has(n))
      whenTransactionEnds(req, async () => {}, () => Promise.all(names.map((n) => fs.rm(path.join(staticDir, n), { force: true }))).then(() => {}))
    }
    return doc
  }

  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), beforeReplace],
      beforeDelete: [...(hooks.beforeDelete ?? []), beforeDelete],
      afterDelete: [afterDelete, ...(hooks.afterDelete ?? [])],
      afterChange: [afterChange, ...(hooks.afterChange ?? [])],
    },
  }
}
