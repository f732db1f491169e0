import { createHmac } from 'node:crypto'

import type { Payload, PayloadRequest, Where } from 'payload'

/** Every limit in one place: how many attempts a key may make in its window. */
export const limits = {
  contestEntry: { limit: () => Number(process.env.CONTEST_SUBMISSIONS_PER_HOUR ?? 10), windowMs: 60 * 60 * 1000 },
  receiptLookup: { limit: () => 30, windowMs: 60 * 60 * 1000 },
  /** Course completions recorded from one address: a commune's shared computer serves a whole class. */
  courseCompletion: { limit: () => Number(process.env.COURSE_COMPLETIONS_PER_HOUR ?? 60), windowMs: 60 * 60 * 1000 },
  /** Certificates opened from one address: enough for a class, too few to guess codes. */
  certificateLookup: { limit: () => 60, windowMs: 60 * 60 * 1000 },
  /** Wrong phone numbers tried for one receipt code before that code is held for the rest of the hour. */
  receiptWrongPhone: { limit: () => 5, windowMs: 60 * 60 * 1000 },
  /** Wrong passwords sent from one address, whatever the account. */
  loginFailedFromAddress: { limit: () => 20, windowMs: 15 * 60 * 1000 },
  /** Wrong passwords for one account from one address. */
  loginFailedForAccountFromAddress: { limit: () => 5, windowMs: 15 * 60 * 1000 },
  /** Wrong passwords for one account from anywhere; not applied where the account logged in lately. */
  loginFailedForAccount: { limit: () => 10, windowMs: 15 * 60 * 1000 },
  /** "Forgot password" mails asked for from one address. */
  passwordResetFromAddress: { limit: () => 5, windowMs: 60 * 60 * 1000 },
  /** "Forgot password" mails asked for one email address, from anywhere. */
  passwordResetForAccount: { limit: () => 3, windowMs: 60 * 60 * 1000 },
  /** Successful logins: an address where an account logged in during this window is known to it. */
  loginSucceeded: { limit: () => 1, windowMs: 90 * 24 * 60 * 60 * 1000 },
} as const
export type LimitName = keyof typeof limits

/** A key: one value, or several parts (an account and an address) whose leading parts can be forgotten together. */
export type LimitKey = string | readonly string[]

const hashedPart = (payload: Payload, part: string) => createHmac('sha256', payload.secret).update(part).digest('hex').slice(0, 32)
const hashed = (payload: Payload, key: LimitKey) => [key].flat().map((part) => hashedPart(payload, part)).join('.')
const since = (windowMs: number) => new Date(Date.now() - windowMs).toISOString()

/**
 * How many attempts the key made within its window (read inside `req`'s transaction when one is
 * given); with `upTo`, only those recorded no later than that attempt.
 */
export async function count(payload: Payload, name: LimitName, key: LimitKey, req?: PayloadRequest, upTo?: number | string): Promise<number> {
  const where: Where = {
    and: [
      { scope: { equals: name } },
      { key: { equals: hashed(payload, key) } },
      { at: { greater_than: since(limits[name].windowMs) } },
      ...(upTo === undefined ? [] : [{ id: { less_than_equal: upTo } }]),
    ],
  }
  return (await payload.count({ collection: 'rate-limit-hits', where, overrideAccess: true, req })).totalDocs
}

/** Counts one attempt (returning its row's id); once in a while, forgets attempts older than their window. */
export async function recordAttempt(payload: Payload, name: LimitName, key: LimitKey, req?: PayloadRequest): Promise<number | string> {
  const hit = await payload.create({ collection: 'rate-limit-hits', data: { scope: name, key: hashed(payload, key), at: new Date().toISOString() }, overrideAccess: true, req })
  if (Math.random() < 0.02) await forgetExpired(payload, req)
  return hit.id
}

export async function forgetAttempt(payload: Payload, id: number | string, req?: PayloadRequest): Promise<void> {
  await payload.delete({ collection: 'rate-limit-hits', where: { id: { equals: id } }, overrideAccess: true, req })
}

/** Forgets every attempt of the key, and of longer keys that start with it (an administrator lifting a hold). */
export async function forgetKey(payload: Payload, name: LimitName, key: LimitKey): Promise<void> {
  const stored = hashed(payload, key)
  const sameKey: Where = { or: [{ key: { equals: stored } }, { key: { contains: `${stored}.` } }] }
  await payload.delete({ collection: 'rate-limit-hits', where: { and: [{ scope: { equals: name } }, sameKey] }, overrideAccess: true })
}

/** The hashed last parts of the keys that start with `prefix`: the addresses an account logged in from, say. */
export async function hashedTails(payload: Payload, name: LimitName, prefix: LimitKey): Promise<string[]> {
  const start = `${hashed(payload, prefix)}.`
  const { docs } = await payload.find({ collection: 'rate-limit-hits', where: { and: [{ scope: { equals: name } }, { key: { contains: start } }] }, limit: 0, depth: 0, overrideAccess: true })
  return [...new Set(docs.map((d) => d.key.slice(start.length)))]
}

/** Forgets the attempts of a key given as `hashedTails` returned it. */
export async function forgetHashedKey(payload: Payload, name: LimitName, hashedKey: string): Promise<void> {
  await payload.delete({ collection: 'rate-limit-hits', where: { and: [{ scope: { equals: name } }, { key: { equals: hashedKey } }] }, overrideAccess: true })
}

async function forgetExpired(payload: Payload, req?: PayloadRequest): Promise<void> {
  const expired = Object.entries(limits).map(([scope, { windowMs }]): Where => ({ and: [{ scope: { equals: scope } }, { at: { less_than: since(windowMs) } }] }))
  await payload.delete({ collection: 'rate-limit-hits', where: { or: expired }, overrideAccess: true, req })
}

/** One key of a reservation; `enforced: false` counts the attempt without holding it back. */
export type Counter = { name: LimitName; key: LimitKey; enforced?: boolean }
export type Reservation = { release: () => Promise<void> }

/**
 * Reserves one attempt on each key, or returns null — having kept nothing — when an enforced key
 * is at its limit. The attempts are written before they are counted, so requests arriving
 * together cannot all slip under a limit, and each counts only the attempts recorded before its
 * own, so the first ones are let through rather than all of them refusing each other. `release`
 * takes them back (a right password, a right phone number) and otherwise they stay counted.
 * Inside an operation that already holds a transaction (Payload's "forgot password" does), pass
 * its `req`: a write beside it would wait on its own transaction's lock on SQLite.
 */
export async function reserveAttempts(payload: Payload, counters: Counter[], req?: PayloadRequest): Promise<Reservation | null> {
  const enforced = counters.filter((c) => c.enforced !== false)
  const full = async (c: Counter, including: number, upTo?: number | string) => (await count(payload, c.name, c.key, req, upTo)) + including > limits[c.name].limit()
  for (const c of enforced) if (await full(c, 1)) return null
  // One after another, in the same order for every request, so that bursts line up alike on each key.
  const ids: (number | string)[] = []
  for (const c of counters) ids.push(await recordAttempt(payload, c.name, c.key, req))
  const release = async () => {
    await Promise.all(ids.map((id) => forgetAttempt(payload, id, req)))
  }
  const overAfterOwn = async () => {
    for (const [i, c] of counters.entries()) if (c.enforced !== false && (await full(c, 0, ids[i]))) return true
    return false
  }
  if (await overAfterOwn()) {
    await release()
    return null
  }
  return { release }
}

/** Counts the attempt if the key is under its limit; false (and nothing counted) when it is not. */
export async function takeAttempt(payload: Payload, name: LimitName, key: LimitKey): Promise<boolean> {
  return (await reserveAttempts(payload, [{ name, key }])) !== null
}
