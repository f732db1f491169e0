import type { CollectionAfterLoginHook } from 'payload'

import type { Role } from '../../cms/access/roles'
import { installedPlugin } from '../../cms/plugin/installed'

/** The roles whose saves change the public site (plans, campaigns, media, summaries, contests). */
const publishingRoles: readonly Role[] = ['admin', 'district-officer', 'communications-officer', 'contest-organiser']

/** An editor who logs in is about to publish: the host's site builder (`onPublisherLogin`) may get ready now, not at the publish. */
export const announcePublisherLogin: CollectionAfterLoginHook = ({ req, user }) => {
  if (publishingRoles.includes((user as { role?: Role }).role as Role)) installedPlugin(req.payload).onPublisherLogin?.({ payload: req.payload })
  return user
}
