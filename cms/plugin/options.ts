import type { Access, Payload } from 'payload'

import type { Operation } from '../access/policy'
import { partNames, type PartName, type SharedCollection } from './parts'

/** A saved document the public site shows, for a builder that can update only its pages. */
export type SavedDocument = { collection: string; id: number | string }
export type SiteRebuildRequest = { payload: Payload; reason: string; saved?: SavedDocument }

export type DuAn8PluginOptions = {
  /** Switch parts off (all are on by default): `{ courses: false }`. */
  parts?: Partial<Record<PartName, boolean>>
  /**
   * The slugs of the auth and upload collections the plugin uses. When the host's config has a
   * collection of that slug, the plugin adds its fields to it: role and org unit to the host's users,
   * whose access stays the host's; the library's fields to its uploads, whose access becomes the
   * policy's (consent lives in those files; existing uploads start outside the public library).
   * Otherwise it adds its own collection under that slug. Defaults: `users`, `media`.
   */
  collections?: Partial<Record<SharedCollection, string>>
  /**
   * Access functions that replace what the policy module (`cms/access/policy.ts`) derives, per
   * collection or global slug and operation. The policy still decides everything not named here.
   */
  access?: Record<string, Partial<Record<Operation, Access>>>
  /**
   * Called once a change the public can see is committed (a publish, an unpublish, a deletion).
   * The host's own site builder goes here; without one, nothing is rebuilt.
   */
  onSiteRebuild?: (request: SiteRebuildRequest) => void
  /** Called when someone who can publish logs in: a site builder may start what a publish will need. */
  onPublisherLogin?: (event: { payload: Payload }) => void
}

/** What the plugin keeps in `config.custom.duAn8` for its hooks to read at run time. */
export type InstalledPlugin = {
  slugs: Record<SharedCollection, string>
  /** Every collection the plugin added or extended, by its slug in this install. */
  ownCollections: string[]
  parts: Record<PartName, boolean>
  onSiteRebuild?: DuAn8PluginOptions['onSiteRebuild']
  onPublisherLogin?: DuAn8PluginOptions['onPublisherLogin']
}

export function resolveParts(options: DuAn8PluginOptions): Record<PartName, boolean> {
  return Object.fromEntries(partNames.map((name) => [name, options.parts?.[name] !== false])) as Record<PartName, boolean>
}
