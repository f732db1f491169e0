import { createHmac } from 'node:crypto'

import type { Payload, Where } from 'payload'

/** Every limit in one place: how many attempts a key may make in its window. */
export const limits = {
  contestEntry: { limit: () => Number(process.env.CONTEST_SUBMISSIONS_PER_HOUR ?? 10), windowMs: 60 * 60 * 1000 },
  receiptLookup: { limit: () => 30, windowMs: 60 * 60 * 1000 },
  /** Wrong phone numbers tried for one receipt code before that code is held for the rest of the hour. */
  receiptWrongPhone: { limit: () => 5, windowMs: 60 * 60 * 1000 },
} as const
export type LimitName = keyof typeof limits

const keep = 24 * 60 * 60 * 1000
const hashed = (payload: Payload, key: string) => createHmac('sha256', payload.secret).update(key).digest('base64url').slice(0, 32)
const since = (windowMs: number) => new Date(Date.now() - windowMs).toISOString()

async function count(payload: Payload, name: LimitName, key: string): Promise<number> {
  const where: Where = { and: [{ scope: { equals: name } }, { key: { equals: hashed(payload, key) } }, { at: { greater_than: since(limits[name].windowMs) } }] }
  return (await payload.count({ collection: 'rate-limit-hits', where, overrideAccess: true })).totalDocs
}

/** Whether the key is still under its limit (nothing is counted). */
export async function underLimit(payload: Payload, name: LimitName, key: string): Promise<boolean> {
  return (await count(payload, name, key)) < limits[name].limit()
}

/** Counts one attempt; once in a while, forgets attempts older than a day. */
export async function recordAttempt(payload: Payload, name: LimitName, key: string): Promise<void> {
  await payload.create({ collection: 'rate-limit-hits', data: { scope: name, key: hashed(payload, key), at: new Date().toISOString() }, overrideAccess: true })
  if (Math.random() < 0.02) await payload.delete({ collection: 'rate-limit-hits', where: { at: { less_than: since(keep) } }, overrideAccess: true })
}

/** Counts the attempt if the key is under its limit; false (and nothing counted) when it is not. */
export async function takeAttempt(payload: Payload, name: LimitName, key: string): Promise<boolean> {
  if (!(await underLimit(payload, name, key))) return false
  await recordAttempt(payload, name, key)
  return true
}
