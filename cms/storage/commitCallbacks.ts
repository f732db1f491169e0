import type { Payload, PayloadRequest } from 'payload'

type Id = number | string
type Callbacks = { committed: (() => Promise<void>)[]; rolledBack: (() => Promise<void>)[] }
type TransactionMethods = {
  commitTransaction: (id: Id | Promise<Id>) => Promise<void>
  rollbackTransaction: (id: Id | Promise<Id>) => Promise<void>
}

const pending = new WeakMap<Payload, Map<string, Callbacks>>()

/** The id of the transaction this request writes in, or null when its writes are not in one. */
export function transactionOf(req: PayloadRequest): string | null {
  const id = req.transactionID
  return id === undefined || id === null || id instanceof Promise ? null : String(id)
}

/**
 * Payload has no hook after a transaction ends; this wraps the adapter's commit and rollback so
 * work that must follow the outcome (removing a file once its row's deletion is final, putting it
 * back when it is not) runs then. Installed once per Payload instance.
 */
export function installCommitCallbacks(payload: Payload): void {
  if (pending.has(payload)) return
  const byTransaction = new Map<string, Callbacks>()
  pending.set(payload, byTransaction)
  const db = payload.db as unknown as TransactionMethods
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const run = async (list: (() => Promise<void>)[]) => {
    for (const callback of list) {
      await callback().catch((error: unknown) => payload.logger.error({ err: error, msg: 'after-transaction step failed (the hourly file sweep will finish it)' }))
    }
  }
  db.commitTransaction = async (id) => {
    const key = String(await id)
    await commit(id)
    const callbacks = byTransaction.get(key)
    byTransaction.delete(key)
    if (callbacks) await run(callbacks.committed)
  }
  db.rollbackTransaction = async (id) => {
    const key = String(await Promise.resolve(id).catch(() => null))
    const callbacks = byTransaction.get(key)
    byTransaction.delete(key)
    try {
      await rollback(id)
    } finally {
      if (callbacks) await run(callbacks.rolledBack)
    }
  }
}

/**
 * Runs `committed` once the request's transaction commits, or `rolledBack` if it does not.
 * Returns false when the request has no transaction: the caller finishes the work itself.
 */
export function whenTransactionEnds(req: PayloadRequest, committed: () => Promise<void>, rolledBack: () => Promise<void>): boolean {
  const key = transactionOf(req)
  const byTransaction = pending.get(req.payload)
  if (!key || !byTransaction) return false
  const callbacks = byTransaction.get(key) ?? { committed: [], rolledBack: [] }
  callbacks.committed.push(committed)
  callbacks.rolledBack.push(rolledBack)
  byTransaction.set(key, callbacks)
  return true
}
