import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook, CollectionConfig, Plugin, PayloadRequest } from 'payload'

import { installCommitCallbacks, transactionOf, whenTransactionEnds } from './commitCallbacks'
import { putBack, removeForGood, setAside, storedFileNames } from './removedFiles'

type Waiting = Record<string, string[]>
const waitingKey = 'filesAwaitingRemoval'
const waiting = (req: PayloadRequest): Waiting => ((req.context[waitingKey] as Waiting | undefined) ??= {})
const replaced = (req: PayloadRequest): Waiting => ((req.context.filesReplaced as Waiting | undefined) ??= {})

/**
 * Payload removes an upload's files before the row's deletion is written and committed, so a
 * deletion (or file replacement) that then fails leaves a row whose file is gone. Here the files
 * are first set aside, and removed only once the transaction commits — or put back if it rolls
 * back. Without a transaction (MongoDB without a replica set) they are removed once the row is.
 */
function deferDeletion(collection: CollectionConfig): CollectionConfig {
  const staticDir = collection.upload && typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
  if (!staticDir) return collection
  const slug = collection.slug

  const setAsideFilesOf = async (req: PayloadRequest, id: number | string) => {
    const doc = await req.payload.findByID({ collection: slug as never, id, depth: 0, req, overrideAccess: true, disableErrors: true, showHiddenFields: true })
    const moved = await setAside(staticDir, storedFileNames(doc as never))
    if (moved.length === 0) return
    replaced(req)[`${slug}:${id}`] = moved
    const settled = whenTransactionEnds(req, () => removeForGood(staticDir, moved), () => putBack(staticDir, moved))
    if (!settled) waiting(req)[`${slug}:${id}`] = moved
  }
  const removeWaiting = async (req: PayloadRequest, id: number | string | undefined) => {
    const key = `${slug}:${id}`
    const names = waiting(req)[key]
    if (!names) return
    delete waiting(req)[key]
    await removeForGood(staticDir, names)
  }

  const beforeDelete: CollectionBeforeDeleteHook = ({ req, id }) => setAsideFilesOf(req, id)
  const afterDelete: CollectionAfterDeleteHook = async ({ req, id }) => removeWaiting(req, id)
  const beforeReplace: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
    const id = (args as unknown as { id?: number | string }).id
    // Before access is checked: only where a rollback can put the files back.
    if (operation === 'update' && req.file && transactionOf(req) && id !== undefined) await setAsideFilesOf(req, id)
    return args
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
    if (operation === 'update') await removeWaiting(req, doc.id)
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

export const deferredFileDeletion: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map(deferDeletion),
  onInit: async (payload) => {
    installCommitCallbacks(payload)
    await config.onInit?.(payload)
  },
})
