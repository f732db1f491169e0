import type { CollectionConfig } from 'payload'

/**
 * One row per counted attempt (a contest entry sent, a receipt looked up, a wrong phone number
 * for a receipt code), so every portal and CMS process sees the same counts and they survive a
 * restart. The key is a keyed hash: no address, phone number or code is stored as it was sent.
 * Written and read only by cms/limits/rateLimit.ts; closed to every API.
 */
export const RateLimitHits: CollectionConfig = {
  slug: 'rate-limit-hits',
  labels: { singular: { vi: 'Lượt giới hạn', en: 'Rate-limit hit' }, plural: { vi: 'Lượt giới hạn', en: 'Rate-limit hits' } },
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  lockDocuments: false,
  indexes: [{ fields: ['scope', 'key', 'at'] }],
  fields: [
    { name: 'scope', type: 'text', required: true },
    { name: 'key', type: 'text', required: true },
    { name: 'at', type: 'date', required: true, index: true },
  ],
}
