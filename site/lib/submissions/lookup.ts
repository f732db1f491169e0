import { entryStatuses } from '../../../collections/ContestEntries/options'
import { reserveAttempts } from '../../../cms/limits/rateLimit'
import { payloadClient } from '../payload'
import { normaliseCode, phoneDigits } from './receiptCode'

export type EntryStatusView = { title: string; contestTitle: string; status: string; statusLabel: string; canWithdraw: boolean }

const withdrawable = ['submitted', 'screened-in', 'shortlisted']

/** Thrown when a receipt code has had too many wrong phone numbers this hour. */
export class ReceiptCodeHeld extends Error {}

/**
 * The entry with this code and phone number. Both must match: the code alone could be guessed
 * or overheard. After a few wrong phone numbers for one code, that code answers nothing for the
 * rest of the hour — whether or not an entry has it, so the hold reveals nothing either.
 */
async function findEntry(code: string, phone: string) {
  const chars = normaliseCode(code)
  if (chars.length !== 8 || phoneDigits(phone).length < 9) return null
  const payload = await payloadClient()
  // Counted as a wrong number until it proves right, so parallel guesses cannot pass the hold.
  const attempt = await reserveAttempts(payload, [{ name: 'receiptWrongPhone', key: chars }])
  if (!attempt) throw new ReceiptCodeHeld()
  const found = await payload.find({ collection: 'contest-entries', where: { receiptCode: { equals: `HT-${chars.slice(0, 4)}-${chars.slice(4)}` } }, depth: 1, limit: 1, overrideAccess: true })
  const entry = found.docs[0]
  if (!entry || phoneDigits(entry.submitter?.phone ?? '') !== phoneDigits(phone)) return null
  await attempt.release()
  return entry
}

type Entry = NonNullable<Awaited<ReturnType<typeof findEntry>>>

function statusView(entry: Entry): EntryStatusView {
  const contest = typeof entry.contest === 'object' ? entry.contest : null
  return {
    title: entry.title,
    contestTitle: contest?.title ?? '',
    status: entry.status,
    statusLabel: entryStatuses.find((s) => s.value === entry.status)?.label.vi ?? entry.status,
    canWithdraw: withdrawable.includes(entry.status) && contest?.phase !== 'results',
  }
}

/** What a submitter may learn of their own entry, given its receipt code and their phone number. */
export async function entryStatus(code: string, phone: string): Promise<EntryStatusView | null> {
  const entry = await findEntry(code, phone)
  return entry && statusView(entry)
}

/**
 * The submitter withdraws their entry (before results): the entry as it is now, or null when the
 * code and phone do not match or it is too late.
 */
export async function withdrawEntry(code: string, phone: string): Promise<EntryStatusView | null> {
  const entry = await findEntry(code, phone)
  if (!entry || !statusView(entry).canWithdraw) return null
  const payload = await payloadClient()
  const updated = await payload.update({ collection: 'contest-entries', id: entry.id, data: { status: 'withdrawn' }, overrideAccess: true, depth: 1 })
  return statusView(updated)
}
