import { APIError, AuthenticationError, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { translate } from '../i18n/translate'
import { count, forgetHashedKey, forgetKey, hashedTails, limits, recordAttempt, reserveAttempts, type Counter } from '../limits/rateLimit'
import { passwordMatches, spendPasswordCheckTime } from './passwordHash'
import { requestAddress } from './requestAddress'
import { usersSlug } from '../plugin/installed'


/** Checks of this process whose attempt is not written yet (a password change writes it after its transaction). */
const inFlight = new Map<string, number>()
const flightKey = (c: Counter) => JSON.stringify([c.name, c.key])
const fly = (counters: Counter[], by: 1 | -1) => {
  for (const c of counters) inFlight.set(flightKey(c), (inFlight.get(flightKey(c)) ?? 0) + by)
}

const holdMinutes = Math.round(limits.loginFailedForAccount.windowMs / 60_000)

/**
 * Whether the password is the account's, behind our own throttle (used at login and when a
 * password is changed). It replaces Payload's per-account lock, which five anonymous wrong
 * passwords set on any account and whose different answer tells which emails exist:
 * - per address (20 wrong in 15 min) and per account and address (5 in 15 min);
 * - per account from anywhere (10 in 15 min), except from addresses where the account logged in
 *   during the last 90 days, so an outsider cannot keep an officer out of their own office;
 * - a refused attempt is not counted, so holding on does not lengthen a hold;
 * - an unknown email gets the same answer, after the same work, as a wrong password.
 * Every attempt is reserved (cms/limits/rateLimit.ts reserveAttempts) before the password is
 * checked, so a burst of parallel requests cannot slip past a limit; a right password takes it back.
 */
export async function checkPasswordWithinLimits(req: PayloadRequest, rawEmail: string, password: string, whileWriting = false): Promise<boolean> {
  const { payload } = req
  const email = rawEmail.toLowerCase().trim()
  const address = requestAddress(req)
  // Inside an operation's transaction its own connection reads: waiting for another one from a
  // busy PostgreSQL pool could wait for ever.
  const reading = whileWriting ? req : undefined
  const knownHere = (await count(payload, 'loginSucceeded', [email, address], reading)) > 0
  const counters: Counter[] = [
    { name: 'loginFailedFromAddress', key: address },
    { name: 'loginFailedForAccountFromAddress', key: [email, address] },
    { name: 'loginFailedForAccount', key: email, enforced: !knownHere },
  ]
  const refuse = () => {
    const error = new APIError(translate(req, 'loginHeld', { minutes: holdMinutes }), 429, null, true)
    // Payload shows an error's message only when it has a name, and the admin's minified build drops class names; Payload's own name for a held login.
    error.name = 'LockedAuth'
    return error
  }

  if (!whileWriting) {
    const attempt = await reserveAttempts(payload, counters)
    if (!attempt) throw refuse()
    if (!(await passwordIsRight(req, email, password))) return false
    await attempt.release()
    await recordAttempt(payload, 'loginSucceeded', [email, address])
    return true
  }

  // Inside the operation's own transaction a write of ours would wait behind it (SQLite) or be
  // rolled back with it: the attempt is reserved in this process, checked against the limits
  // with the reservation, and written once that transaction has ended.
  const heldWhileWriting = async () => {
    for (const c of counters.filter((c) => c.enforced !== false)) {
      if ((await count(payload, c.name, c.key, reading)) + (inFlight.get(flightKey(c)) ?? 0) > limits[c.name].limit()) return true
    }
    return false
  }
  fly(counters, 1)
  let right = false
  try {
    if (await heldWhileWriting()) throw refuse()
    right = await passwordIsRight(req, email, password, reading)
  } catch (error) {
    fly(counters, -1)
    throw error
  }
  const write = (c: Counter) => recordAttempt(payload, c.name, c.key).catch((err: unknown) => payload.logger.error({ err, msg: 'login throttle' }))
  if (right) {
    fly(counters, -1)
    void write({ name: 'loginSucceeded', key: [email, address] })
  } else {
    // Each reservation ends the moment its row is written, so nothing is counted twice for long.
    for (const c of counters) void write(c).finally(() => fly([c], -1))
  }
  return right
}

async function passwordIsRight(req: PayloadRequest, email: string, password: string, reading?: PayloadRequest): Promise<boolean> {
  const user = await req.payload.db.findOne<{ id: number | string; hash?: unknown; salt?: unknown }>({ collection: usersSlug(req.payload), where: { email: { equals: email } }, req: reading })
  if (user) return passwordMatches(user, password)
  await spendPasswordCheckTime(password)
  return false
}

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = ((args as { data?: Record<string, unknown> }).data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string' || email.trim() === '') return args
  if (!(await checkPasswordWithinLimits(req, email, password))) throw new AuthenticationError(req.t)
  return args
}

/**
 * An administrator's unlock lifts every hold on the account: from every address, and the holds
 * on the addresses it logged in from (an office shared with whoever was guessing).
 */
export const liftLoginHolds: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'unlock' || !result) return result
  const email = String((args as { data?: { email?: string } }).data?.email ?? '').toLowerCase().trim()
  if (!email) return result
  const { payload } = req
  await forgetKey(payload, 'loginFailedForAccount', email)
  await forgetKey(payload, 'loginFailedForAccountFromAddress', email)
  for (const address of await hashedTails(payload, 'loginSucceeded', email)) await forgetHashedKey(payload, 'loginFailedFromAddress', address)
  return result
}
