import { takeAttempt } from '../../../cms/limits/rateLimit'
import { payloadClient } from '../payload'

/** Whether this address may send another contest entry now (cms/limits/rateLimit.ts counts it). */
export async function mayEnterFrom(address: string | undefined): Promise<boolean> {
  return takeAttempt(await payloadClient(), 'contestEntry', address ?? 'unknown')
}

/** Whether this address may look up another receipt now. */
export async function mayLookUpFrom(address: string | undefined): Promise<boolean> {
  return takeAttempt(await payloadClient(), 'receiptLookup', address ?? 'unknown')
}
