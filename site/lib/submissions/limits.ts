import { takeAttempt } from '../../../cms/limits/rateLimit'
import { addressBlock } from '../../../cms/siteServer/clientAddress'
import { payloadClient } from '../payload'

/** Whether this address may send another contest entry now (cms/limits/rateLimit.ts counts it). */
export async function mayEnterFrom(address: string | undefined): Promise<boolean> {
  return takeAttempt(await payloadClient(), 'contestEntry', addressBlock(address ?? 'unknown'))
}

/** Whether this address may look up another receipt now. */
export async function mayLookUpFrom(address: string | undefined): Promise<boolean> {
  return takeAttempt(await payloadClient(), 'receiptLookup', addressBlock(address ?? 'unknown'))
}
