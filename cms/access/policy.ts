import type { Role } from './roles'
import type { RuleName } from './rules'

/**
 * Who may do what, for every collection and global: the one place access is decided.
 * `applyPolicy` derives every collection's, global's and restricted field's access functions
 * from this table (and refuses a config with a collection or global it does not name); the
 * matrix test and the README's role table are generated from it.
 *
 * An audience is a role, `authenticated` (any logged-in user without a row of their own) or
 * `anyone` (everybody else, the public included). A grant names one rule, or several that are
 * OR-ed; no grant means refused.
 */
export type Audience = Role | 'authenticated' | 'anyone'
export type Grants = Partial<Record<Audience, RuleName | readonly RuleName[]>>
export type Operation = 'read' | 'create' | 'update' | 'delete' | 'readVersions' | 'unlock'
export type FieldOperation = 'read' | 'create' | 'update'

export type CollectionPolicy = {
  /** Where a document's owning org unit is (`id` for org units themselves), for the `unitTree` rule. */
  unitPath?: string
  read: Grants
  create: Grants
  update: Grants
  delete: Grants
  /** Required when the collection keeps versions. */
  readVersions?: Grants
  /** Auth collections: who may lift a lockout after too many wrong passwords. */
  unlock?: Grants
  /** Restricted fields, by name path (`submitter`, `lateEdit`). */
  fields?: Record<string, Partial<Record<FieldOperation, Grants>>>
  /** Custom endpoints by path; `target` names the document the check is made against. */
  endpoints?: Record<string, { method: 'get' | 'post'; grants: Grants; target?: { collection: string; param: string } }>
}
export type GlobalPolicy = { read: Grants; update: Grants }

const adminOnly: Grants = { admin: 'all' }
const nobody: Grants = {}
const organisers = { admin: 'all', 'contest-organiser': 'all' } as const
const communicationsEditors: Grants = { admin: 'all', 'communications-officer': 'all' }
/** What communications officers publish for the public: campaigns, courses. */
const communicationsContent: CollectionPolicy = {
  read: { anyone: 'published', ...communicationsEditors },
  create: communicationsEditors,
  update: communicationsEditors,
  delete: communicationsEditors,
  readVersions: communicationsEditors,
}
const adminOnlyFields = (...names: string[]) => Object.fromEntries(names.map((n) => [n, { create: adminOnly, update: adminOnly }]))

export const collectionPolicy: Record<string, CollectionPolicy> = {
  plans: {
    unitPath: 'owner',
    read: { anyone: 'published', admin: 'all', 'district-officer': 'all', 'commune-officer': 'all', 'communications-officer': 'all' },
    create: { admin: 'all', 'district-officer': 'unitTree' },
    update: { admin: 'all', 'district-officer': 'unitTree' },
    delete: adminOnly,
    readVersions: { admin: 'all', 'district-officer': 'unitTree' },
  },
  campaigns: communicationsContent,
  courses: {
    ...communicationsContent,
    // The self-check's answers are marked on the server (site/lib/submissions/markLessonCheck.ts).
    fields: {
      'lessons.questions.options.correct': { read: communicationsEditors },
      'lessons.questions.explanation': { read: communicationsEditors },
    },
  },
  // Learners' names and phones: their commune's and district's union only; written by the portal's form alone.
  'course-completions': {
    unitPath: 'commune',
    read: { admin: 'all', 'district-officer': 'unitTree', 'commune-officer': 'unitTree' },
    create: nobody,
    update: adminOnly,
    delete: adminOnly,
    endpoints: { '/counts': { method: 'get', grants: { admin: 'all', 'district-officer': 'all', 'commune-officer': 'all' } } },
  },
  'campaign-themes': {
    read: { anyone: 'all' },
    create: { admin: 'all', 'communications-officer': 'all' },
    update: { admin: 'all', 'communications-officer': 'all' },
    delete: adminOnly,
  },
  media: {
    read: { anyone: 'publicMedia', admin: 'all', 'district-officer': 'all', 'communications-officer': 'all', 'contest-organiser': 'all' },
    create: { admin: 'all', 'district-officer': 'all', 'communications-officer': 'all', 'contest-organiser': 'all' },
    update: { admin: 'all', 'district-officer': 'all', 'communications-officer': 'all', 'contest-organiser': 'all' },
    delete: { admin: 'all', 'district-officer': 'all', 'communications-officer': 'all', 'contest-organiser': 'all' },
  },
  'private-files': {
    unitPath: 'orgUnit',
    read: {
      admin: 'all',
      'contest-organiser': ['entryFile', 'ownUpload'],
      judge: 'assignedEntryFile',
      'district-officer': ['unitTree', 'ownUpload'],
      'commune-officer': ['unitTree', 'ownUpload'],
    },
    create: { admin: 'all', 'contest-organiser': 'all', 'district-officer': 'unitTree', 'commune-officer': 'unitTree' },
    update: { admin: 'all', 'contest-organiser': ['entryFile', 'ownUpload'], 'district-officer': 'unitTree', 'commune-officer': 'unitTree' },
    delete: { admin: 'all', 'contest-organiser': ['entryFile', 'ownUpload'], 'district-officer': 'unitTree', 'commune-officer': 'unitTree' },
  },
  indicators: {
    read: { anyone: 'all' },
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
    fields: adminOnlyFields('sensitive', 'aggregation'),
  },
  'reporting-periods': {
    read: { authenticated: 'all' },
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
    fields: adminOnlyFields('communeDeadline', 'communeUpdateDeadline', 'districtDeadline', 'districtUpdateDeadline'),
  },
  'indicator-reports': {
    unitPath: 'orgUnit',
    read: { admin: 'all', 'district-officer': 'unitTree', 'commune-officer': 'unitTree' },
    create: { admin: 'all', 'district-officer': 'unitTree', 'commune-officer': 'unitTree' },
    update: { admin: 'all', 'district-officer': 'unitTree', 'commune-officer': 'unitTree' },
    delete: adminOnly,
    readVersions: { admin: 'all', 'district-officer': 'unitTree', 'commune-officer': 'unitTree' },
    fields: {
      returnComment: { create: { admin: 'all', 'district-officer': 'all' }, update: { admin: 'all', 'district-officer': 'all' } },
      lateEdit: { create: { admin: 'all', 'district-officer': 'all' }, update: { admin: 'all', 'district-officer': 'all' } },
    },
    endpoints: {
      '/import-csv': { method: 'post', grants: { admin: 'all', 'district-officer': 'all', 'commune-officer': 'all' } },
      '/entry-rows': { method: 'get', grants: { admin: 'all', 'district-officer': 'all', 'commune-officer': 'all' } },
      '/consolidation': { method: 'get', grants: { admin: 'all', 'district-officer': 'unitTree' }, target: { collection: 'plans', param: 'plan' } },
    },
  },
  'approved-values': { read: nobody, create: nobody, update: nobody, delete: nobody },
  'rate-limit-hits': { read: nobody, create: nobody, update: nobody, delete: nobody },
  // Written only by the reporting-notices job; administrators see who was told what.
  'sent-notices': { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  'progress-summaries': {
    unitPath: 'plan.owner',
    read: { anyone: 'published', admin: 'all', 'district-officer': ['published', 'unitTree'] },
    create: { admin: 'all', 'district-officer': 'unitTree' },
    update: { admin: 'all', 'district-officer': 'unitTree' },
    delete: adminOnly,
    readVersions: { admin: 'all', 'district-officer': 'unitTree' },
  },
  contests: {
    read: { anyone: 'published', ...organisers, judge: ['published', 'judgedContest'] },
    create: organisers,
    update: organisers,
    delete: adminOnly,
    readVersions: organisers,
    endpoints: { '/:id/ranking': { method: 'get', grants: organisers } },
  },
  'contest-entries': {
    read: { anyone: 'showcase', ...organisers, judge: 'assignedEntry' },
    create: organisers,
    update: organisers,
    delete: adminOnly,
    readVersions: organisers,
    fields: {
      team: { read: { ...organisers, judge: 'unlessBlind', anyone: 'namesConsented' } },
      // The public sees an entry's images only as showcase copies in the media library (`showcaseImages`).
      files: { read: { ...organisers, judge: 'all' } },
      submitter: { read: organisers, create: organisers, update: organisers },
      receiptCode: { read: organisers, update: nobody },
      screeningReason: { read: organisers },
    },
  },
  'contest-scores': {
    read: { ...organisers, judge: 'ownSheet' },
    create: { admin: 'all', judge: 'ownSheet' },
    update: { admin: 'all', judge: 'ownSheet' },
    delete: adminOnly,
    readVersions: organisers,
  },
  'org-units': {
    unitPath: 'id',
    read: { anyone: 'all' },
    create: adminOnly,
    update: { admin: 'all', 'district-officer': 'unitTree', 'commune-officer': 'unitTree' },
    delete: adminOnly,
    fields: adminOnlyFields('parent', 'level', 'validFrom', 'validTo', 'successors'),
  },
  users: {
    read: { admin: 'all', 'contest-organiser': ['self', 'judgeAccount'], authenticated: 'self' },
    create: adminOnly,
    update: { admin: 'all', authenticated: 'self' },
    delete: adminOnly,
    unlock: adminOnly,
    fields: adminOnlyFields('role', 'orgUnit'),
  },
  // Payload's own collections, given the same treatment (cms/access/applyPolicy.ts, on init).
  'payload-locked-documents': {
    read: { authenticated: 'all' },
    create: nobody,
    update: { admin: 'all', authenticated: 'takeOverLock' },
    delete: { admin: 'all', authenticated: 'ownLock' },
  },
  'payload-preferences': {
    read: { authenticated: 'ownPreference' },
    create: { authenticated: 'ownPreference' },
    update: { authenticated: 'ownPreference' },
    delete: { authenticated: 'ownPreference' },
  },
  'payload-jobs': {
    read: nobody,
    create: nobody,
    update: nobody,
    delete: nobody,
    endpoints: { '/run': { method: 'get', grants: adminOnly }, '/handle-schedules': { method: 'get', grants: adminOnly } },
  },
  'payload-migrations': { read: nobody, create: nobody, update: nobody, delete: nobody },
  'payload-kv': { read: nobody, create: nobody, update: nobody, delete: nobody },
}

export const globalPolicy: Record<string, GlobalPolicy> = {
  'site-settings': { read: { anyone: 'all' }, update: adminOnly },
  'site-build-status': { read: { authenticated: 'all' }, update: nobody },
  'seed-state': { read: adminOnly, update: nobody },
  // Payload's own, added with scheduled jobs (cms/storage/sweepUploadsTask.ts).
  'payload-jobs-stats': { read: nobody, update: nobody },
}
