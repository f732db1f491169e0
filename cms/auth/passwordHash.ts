import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

// Payload's stored format (payload/dist/auth/strategies/local/generatePasswordSaltHash.js), which it does not export.
const currentPrefix = 'pbkdf2-sha256-v1:'
const current = { iterations: 600_000, keyLength: 32 }
const legacy = { iterations: 25_000, keyLength: 512 }

export type StoredPassword = { hash?: unknown; salt?: unknown }

/** Whether the password is the one stored for the account, checked as Payload checks it at login. */
export async function passwordMatches(stored: StoredPassword, password: string): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') {
    await spendPasswordCheckTime(password)
    return false
  }
  const isCurrent = stored.hash.startsWith(currentPrefix)
  const { iterations, keyLength } = isCurrent ? current : legacy
  const expected = Buffer.from(isCurrent ? stored.hash.slice(currentPrefix.length) : stored.hash, 'hex')
  // A legacy hash is cheaper to check: doing the current work beside it keeps the answer's timing the same.
  const [actual] = await Promise.all([derive(password, stored.salt, iterations, keyLength, 'sha256'), isCurrent ? null : spendPasswordCheckTime(password)])
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** The same work as checking a password, for an account that does not exist: both answers take as long. */
export async function spendPasswordCheckTime(password: string): Promise<void> {
  await derive(password, 'khong-co-tai-khoan', current.iterations, current.keyLength, 'sha256')
}
