import type { CollectionAfterLoginHook } from 'payload'

import type { Role } from '../../cms/access/roles'
import { defaultBuildsDir } from '../../cms/siteBuilder/paths'
import { autoRebuildEnabled } from '../../cms/siteBuilder/rebuildQueue'
import { warmResidentRenderer } from '../../cms/siteBuilder/residentRenderer'

/** The roles whose saves change the public site (plans, campaigns, media, summaries, contests). */
const publishingRoles: readonly Role[] = ['admin', 'district-officer', 'communications-officer', 'contest-organiser']

/** An editor who logs in is about to publish: the resident renderer starts now, not at the publish. */
export const warmSiteRendererOnLogin: CollectionAfterLoginHook = ({ user }) => {
  if (autoRebuildEnabled() && publishingRoles.includes((user as { role?: Role }).role as Role)) warmResidentRenderer(defaultBuildsDir)
  return user
}
