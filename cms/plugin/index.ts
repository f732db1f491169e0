import type { CollectionConfig, Config, Plugin } from 'payload'

import { globalWithPolicy, jobsAccess, withPolicy, applyPolicyToPayloadCollections } from '../access/applyPolicy'
import { clientErrorHooks, refuseMalformedIds } from '../errors/wellFormedRequests'
import { claimJobsOnce } from '../jobs/claimOnce'
import { messages } from '../i18n/messages'
import { seo } from '../plugins/seo'
import { mongoRefusedForReporting } from '../database'
import { sqliteBusyTimeoutMs } from '../databaseLocation'
import { serialiseSqliteWrites } from '../sqliteWrites'
import { installCommitCallbacks } from '../storage/commitCallbacks'
import { deferDeletion } from '../storage/deferredFileDeletion'
import { retargetRelations } from './fields'
import { resolveParts, type DuAn8PluginOptions, type InstalledPlugin } from './options'
import { allCollections, allTasks, core, partNames, parts, sharedCollections, type SharedCollection } from './parts'
import { extendHostCollection } from './hostCollections'

export type { DuAn8PluginOptions } from './options'
export type { PartName } from './parts'

/** Where each of the plugin's collections comes from in this install. */
type Placed = { collection: CollectionConfig; row: string; hosts: boolean }

/**
 * Project 8 (plans, campaigns, the media library, reporting and progress, contests, courses) as a
 * Payload plugin: its collections, globals, hooks, endpoints, admin components, translations and
 * jobs are added to the host's config; the host's own collections and their access are left as they
 * are, except a users or upload collection the host shares with it (see `collections`).
 */
export const duAn8Plugin =
  (options: DuAn8PluginOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const enabled = resolveParts(options)
    for (const name of partNames) {
      for (const needed of enabled[name] ? (parts[name].requires ?? []) : []) {
        if (!enabled[needed]) throw new Error(`duAn8Plugin: part "${name}" needs part "${needed}"; switch both on or both off.`)
      }
    }
    const hostCollections = incoming.collections ?? []
    const hostSlugs = new Set(hostCollections.map((c) => c.slug))
    const slugs: Record<SharedCollection, string> = {
      users: options.collections?.users ?? 'users',
      media: options.collections?.media ?? 'media',
    }
    if (!enabled.mediaLibrary && !hostSlugs.has(slugs.media)) {
      throw new Error(`duAn8Plugin: with the media library off, collections.media must name the host's upload collection ("${slugs.media}" is not in the config).`)
    }

    const wantedTasks = new Set([...core.tasks, ...partNames.flatMap((name) => (enabled[name] ? (parts[name].tasks ?? []) : []))])
    const placed: Placed[] = []
    const sharedName = new Map(Object.entries(sharedCollections).map(([name, shared]) => [shared.own, name as SharedCollection]))
    const wanted = new Set([...core.collections, ...partNames.flatMap((name) => (enabled[name] ? parts[name].collections : []))])
    for (const collection of allCollections.filter((c) => wanted.has(c))) {
      const name = sharedName.get(collection)
      if (name && hostSlugs.has(slugs[name])) continue
      if (!name && hostSlugs.has(collection.slug)) throw new Error(`duAn8Plugin: the host already has a collection "${collection.slug}".`)
      placed.push({ collection: name ? { ...collection, slug: slugs[name] } : collection, row: name ?? collection.slug, hosts: false })
    }

    // Relations point at the slugs of this install, and leave out parts that are off.
    const present = new Set([...placed.map((p) => p.row), ...(enabled.mediaLibrary ? [] : ['media'])])
    const slugOf = (slug: string) => (slug in slugs ? slugs[slug as SharedCollection] : present.has(slug) ? slug : undefined)
    for (const entry of placed) entry.collection = { ...entry.collection, fields: retargetRelations(entry.collection.fields, slugOf) }

    const shared = (name: SharedCollection): boolean => name !== 'media' || enabled.mediaLibrary
    const collections = hostCollections.map((host) => {
      const name = (Object.keys(slugs) as SharedCollection[]).find((n) => slugs[n] === host.slug && shared(n))
      if (!name) return host
      const added = sharedCollections[name].addedToHost
      const extended = extendHostCollection(host, { ...added, fields: retargetRelations(added.fields, slugOf) })
      placed.push({ collection: extended, row: name, hosts: true })
      return extended
    })
    const ownSlugs = new Set(placed.map((p) => p.collection.slug))
    for (const slug of Object.keys(options.access ?? {})) {
      if (!ownSlugs.has(slug) && !core.globals.some((g) => g.slug === slug)) throw new Error(`duAn8Plugin: access is given for "${slug}", which the plugin does not add here.`)
    }

    const installed: InstalledPlugin = { slugs, ownCollections: [...ownSlugs], parts: enabled, onSiteRebuild: options.onSiteRebuild, onPublisherLogin: options.onPublisherLogin }
    let config: Config = {
      ...incoming,
      collections: [...collections, ...placed.filter((p) => !p.hosts).map((p) => p.collection)],
      globals: [...(incoming.globals ?? []), ...core.globals],
      custom: { ...incoming.custom, duAn8: installed },
    }
    // Meta titles and share images for plans and campaigns, where those parts are on.
    config = seo({ slugs: ['plans', 'campaigns'].filter((s) => ownSlugs.has(s)), uploads: slugs.media })(config)

    const rowOf = new Map(placed.map((p) => [p.collection.slug, p]))
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        const entry = rowOf.get(collection.slug)
        if (!entry) return collection
        const hardened = deferDeletion(refuseMalformedIds(collection))
        return withPolicy(hardened, { row: entry.row, fieldsOnly: entry.hosts && entry.row === 'users', overrides: options.access?.[collection.slug] })
      }),
      globals: (config.globals ?? []).map((global) => (core.globals.includes(global) ? globalWithPolicy(global, options.access?.[global.slug]) : global)),
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), ...clientErrorHooks(ownSlugs)] },
      i18n: { ...config.i18n, translations: mergeTranslations(config.i18n?.translations, messages) },
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), ...allTasks.filter((task) => wantedTasks.has(task))],
        // Finished jobs go: a password-reset job's input holds the token.
        deleteJobOnComplete: config.jobs?.deleteJobOnComplete ?? true,
        access: config.jobs?.access ?? jobsAccess,
      },
      onInit: async (payload) => {
        if (enabled.reporting && payload.db.name === 'mongoose') throw new Error(mongoRefusedForReporting)
        installCommitCallbacks(payload)
        // Payload builds its own collections (locks, preferences, jobs) after the config.
        applyPolicyToPayloadCollections(payload)
        if (payload.db.name === 'sqlite') serialiseSqliteWrites(payload, sqliteBusyTimeoutMs)
        claimJobsOnce(payload)
        await incoming.onInit?.(payload)
      },
    }
  }

type Translations = Record<string, Record<string, unknown>>

/** The host's translations with the plugin's `duan8` namespace beside them, per language. */
function mergeTranslations(host: unknown, own: Translations): Translations {
  const merged: Translations = { ...(host as Translations | undefined) }
  for (const [language, namespaces] of Object.entries(own)) merged[language] = { ...merged[language], ...namespaces }
  return merged
}
