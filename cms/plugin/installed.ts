import type { Payload, SanitizedConfig } from 'payload'

import type { InstalledPlugin } from './options'

const fallback: InstalledPlugin = {
  slugs: { users: 'users', media: 'media' },
  ownCollections: [],
  parts: { plans: true, campaigns: true, mediaLibrary: true, reporting: true, contests: true, courses: true },
}

/** The plugin's settings in this install, as `duAn8Plugin` left them in the config. */
export const installedPlugin = (payload: Pick<Payload, 'config'> | { config: SanitizedConfig }): InstalledPlugin =>
  (payload.config.custom?.duAn8 as InstalledPlugin | undefined) ?? fallback

// Typed as the default slugs: a host's own users or media collection carries the plugin's fields,
// so its documents have the shape Payload's generated types give these.
/** The auth collection officers log in with (the host's own when it named one). */
export const usersSlug = (payload: Pick<Payload, 'config'>) => installedPlugin(payload).slugs.users as 'users'
/** The upload collection of the public media library (the host's own when it named one). */
export const mediaSlug = (payload: Pick<Payload, 'config'>) => installedPlugin(payload).slugs.media as 'media'

/** Whether this install has a collection (a part switched off has none of its collections). */
export const hasCollection = (payload: Pick<Payload, 'collections'>, slug: string): boolean => slug in payload.collections
