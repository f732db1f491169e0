import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { requestSiteRebuild } from '../../cms/siteBuilder/rebuildQueue'

type Versioned = { _status?: 'draft' | 'published' | null; id?: number | string }

/**
 * For collections with drafts, only changes the public can see matter: a publish, an edit of
 * something published, or an unpublish. Draft autosaves never rebuild the site.
 */
export const rebuildSiteAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  const current = doc as Versioned
  const before = previousDoc as Versioned | undefined
  const versioned = Boolean(collection.versions?.drafts)
  if (!versioned || current._status === 'published' || before?._status === 'published') {
    requestSiteRebuild(req.payload, `${collection.slug} ${current.id}`)
  }
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  const current = doc as Versioned
  if (!collection.versions?.drafts || current._status === 'published') {
    requestSiteRebuild(req.payload, `${collection.slug} ${current.id} (xoá)`)
  }
  return doc
}

export const rebuildSiteAfterGlobalChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  requestSiteRebuild(req.payload, global.slug)
  return doc
}

