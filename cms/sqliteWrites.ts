import type { Payload } from 'payload'

import { keepBusyTimeout } from './sqliteBusyTimeout'

type Id = number | string
type Statement = string | { sql: string }
type WriteMethods = { execute: (statement: Statement, ...rest: unknown[]) => Promise<unknown>; batch: (statements: Statement[], ...rest: unknown[]) => Promise<unknown> }
const writeStatement = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i
const isWrite = (statement: Statement) => writeStatement.test(typeof statement === 'string' ? statement : statement.sql)

type TransactionMethods = {
  beginTransaction: (options?: unknown) => Promise<Id | null>
  commitTransaction: (id: Id | Promise<Id>) => Promise<void>
  rollbackTransaction: (id: Id | Promise<Id>) => Promise<void>
}

/** A transaction that never ends must not stop every later write of this process. */
const longestTurnMs = 120_000

/**
 * SQLite has one writer at a time. Inside one process, concurrent requests each open a
 * transaction on a connection of their own; the second one's BEGIN waits synchronously for
 * the first, blocking the event loop the first one needs to finish — so they queue here
 * instead, without blocking (first come, first served), and the busy timeout is left to the
 * other process (`npm start` runs the CMS and the portal, both writing). A write outside any
 * transaction (a rate-limit count, the job queue's bookkeeping) takes its turn in the same
 * queue, or it would block the event loop just the same while a transaction is open.
 */
export function serialiseSqliteWrites(payload: Payload, busyTimeoutMs: number): void {
  const db = payload.db as unknown as TransactionMethods & { client: Parameters<typeof keepBusyTimeout>[0] }
  keepBusyTimeout(db.client, busyTimeoutMs)
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const releases = new Map<string, () => void>()
  let tail: Promise<void> = Promise.resolve()
  /** Waits for the writers ahead (at most `patienceMs`); resolves with the function that ends this turn. */
  const nextTurn = async (patienceMs: number) => {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => turn)
    await Promise.race([previous, new Promise((resolve) => setTimeout(resolve, patienceMs).unref())])
    return release
  }

  // A lone write waits its turn like a transaction (uploads resize images inside theirs, so the
  // queue can be long). One that waits past the busy timeout is logged: it may come from code
  // that holds the turn itself — a write that should have joined its request's transaction.
  const client = db.client as unknown as WriteMethods
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const inTurn = async <T,>(write: () => Promise<T>) => {
    const started = Date.now()
    const release = await nextTurn(longestTurnMs)
    if (Date.now() - started > busyTimeoutMs) payload.logger.warn(`SQLite: a write outside any transaction waited ${Math.round((Date.now() - started) / 1000)} s for its turn`)
    try {
      return await write()
    } finally {
      release()
    }
  }
  client.execute = (statement, ...rest) => (isWrite(statement) ? inTurn(() => execute(statement, ...rest)) : execute(statement, ...rest))
  client.batch = (statements, ...rest) => (statements.some(isWrite) ? inTurn(() => batch(statements, ...rest)) : batch(statements, ...rest))

  db.beginTransaction = async (options) => {
    const release = await nextTurn(longestTurnMs)
    let timer: NodeJS.Timeout | undefined
    const done = () => {
      clearTimeout(timer)
      release()
    }
    try {
      const id = await begin(options)
      if (id == null) {
        done()
        return id
      }
      timer = setTimeout(() => {
        payload.logger.warn(`SQLite transaction ${id} still open after ${longestTurnMs / 1000} s: letting the next writer start`)
        releases.delete(String(id))
        release()
      }, longestTurnMs).unref()
      releases.set(String(id), done)
      return id
    } catch (error) {
      done()
      throw error
    }
  }
  const ending = (end: (id: Id | Promise<Id>) => Promise<void>) => async (id: Id | Promise<Id>) => {
    const key = String(await Promise.resolve(id).catch(() => null))
    try {
      await end(id)
    } finally {
      releases.get(key)?.()
      releases.delete(key)
    }
  }
  db.commitTransaction = ending(commit)
  db.rollbackTransaction = ending(rollback)
}
