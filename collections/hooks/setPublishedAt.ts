import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication stamps publishedAt; later edits keep the original date unless an editor changes it. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt) {
    data.publishedAt = originalDoc?.publishedAt ?? new Date().toISOString()
  }
  return data
}
