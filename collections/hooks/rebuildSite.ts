import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { installedPlugin } from '../../cms/plugin/installed'
import type { SavedDocument } from '../../cms/plugin/options'
import { whenTransactionEnds } from '../../cms/storage/commitCallbacks'

/**
 * Asks the host's site builder (the plugin's `onSiteRebuild`) for a rebuild once the change is
 * committed: a build started before would read the data without it, and a save that is rolled
 * back changes nothing to rebuild.
 */
function rebuildOnceCommitted(req: PayloadRequest, reason: string, saved?: SavedDocument): void {
  const rebuild = installedPlugin(req.payload).onSiteRebuild
  if (!rebuild) return
  const request = async () => rebuild({ payload: req.payload, reason, saved })
  if (!whenTransactionEnds(req, request, async () => {})) void request()
}

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
    rebuildOnceCommitted(req, `${collection.slug} ${current.id}`, current.id === undefined ? undefined : { collection: collection.slug, id: current.id })
  }
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  const current = doc as Versioned
  if (!collection.versions?.drafts || current._status === 'published') {
    rebuildOnceCommitted(req, `${collection.slug} ${current.id} (xoá)`, current.id === undefined ? undefined : { collection: collection.slug, id: current.id })
  }
  return doc
}

export const rebuildSiteAfterGlobalChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  rebuildOnceCommitted(req, global.slug)
  return doc
}

