import type { CollectionConfig, Field, GlobalConfig, TaskConfig } from 'payload'

import { ApprovedValues } from '../../collections/ApprovedValues'
import { Campaigns } from '../../collections/Campaigns'
import { CampaignThemes } from '../../collections/CampaignThemes'
import { ContestEntries } from '../../collections/ContestEntries'
import { ContestScores } from '../../collections/ContestScores'
import { Contests } from '../../collections/Contests'
import { CourseCompletions } from '../../collections/CourseCompletions'
import { Courses } from '../../collections/Courses'
import { SeedState } from '../../collections/globals/SeedState'
import { announcePublisherLogin } from '../../collections/hooks/publisherLogin'
import { SiteBuildStatus } from '../../collections/globals/SiteBuildStatus'
import { SiteSettings } from '../../collections/globals/SiteSettings'
import { IndicatorReports } from '../../collections/IndicatorReports'
import { Indicators } from '../../collections/Indicators'
import { Media } from '../../collections/Media'
import { OrgUnits } from '../../collections/OrgUnits'
import { Plans } from '../../collections/Plans'
import { PrivateFiles } from '../../collections/PrivateFiles'
import { ProgressSummaries } from '../../collections/ProgressSummaries'
import { RateLimitHits } from '../../collections/RateLimitHits'
import { ReportingPeriods } from '../../collections/ReportingPeriods'
import { SentNotices } from '../../collections/SentNotices'
import { officerFieldsForHost, Users } from '../../collections/Users'
import { contestReceiptTask, passwordResetTask, reportingNoticesTask, reportReturnedTask } from '../email/tasks'
import { sweepUploadsTask } from '../storage/sweepUploadsTask'

export type PartName = 'plans' | 'campaigns' | 'mediaLibrary' | 'reporting' | 'contests' | 'courses'

type Part = {
  collections: CollectionConfig[]
  globals?: GlobalConfig[]
  tasks?: TaskConfig[]
  /** Parts this part's documents cannot be without (a report belongs to a plan). */
  requires?: PartName[]
}

/**
 * What each switchable part of the plugin adds: the one list the plugin, its tests and the README
 * read. Relations from an enabled part to a part that is off are removed from its fields (a private
 * file's link to a contest entry when there are no contests).
 */
export const parts: Record<PartName, Part> = {
  plans: { collections: [Plans] },
  campaigns: { collections: [Campaigns, CampaignThemes] },
  // The public library's own collection and fields; off, the host's upload collection is used as it is.
  mediaLibrary: { collections: [Media] },
  reporting: {
    collections: [ReportingPeriods, IndicatorReports, ApprovedValues, ProgressSummaries],
    tasks: [reportingNoticesTask, reportReturnedTask],
    requires: ['plans'],
  },
  // Showcase copies of awarded entries and lesson recordings need the library's own fields.
  contests: { collections: [Contests, ContestEntries, ContestScores], tasks: [contestReceiptTask], requires: ['mediaLibrary'] },
  courses: { collections: [Courses, CourseCompletions], requires: ['mediaLibrary'] },
}

export const partNames = Object.keys(parts) as PartName[]

/** Always added: officers and their units, the indicator catalogue, private files, limits, notices, the portal's settings. */
export const core: Required<Omit<Part, 'requires'>> = {
  collections: [Indicators, PrivateFiles, OrgUnits, Users, RateLimitHits, SentNotices],
  globals: [SiteSettings, SiteBuildStatus, SeedState],
  tasks: [sweepUploadsTask, passwordResetTask],
}

export type SharedCollection = 'users' | 'media'

/**
 * The collections the plugin may share with its host: its own, or what it adds to the host's when
 * the host names one it has (role and org unit on the host's users; the library on its uploads).
 */
export const sharedCollections: Record<SharedCollection, { own: CollectionConfig; addedToHost: CollectionConfig }> = {
  users: { own: Users, addedToHost: { slug: 'users', fields: officerFieldsForHost, hooks: { afterLogin: [announcePublisherLogin] } } },
  // A host's existing uploads were never put in the library: they stay out of it until an editor says so.
  media: { own: Media, addedToHost: { ...Media, fields: Media.fields.map((f) => ('name' in f && f.name === 'inLibrary' ? ({ ...f, defaultValue: false } as Field) : f)) } },
}

/** Every collection the plugin can add, under its own slugs, in the admin's order. */
export const allCollections: CollectionConfig[] = [
  Plans, Campaigns, CampaignThemes, Media, PrivateFiles, Indicators, ReportingPeriods, IndicatorReports, ApprovedValues,
  ProgressSummaries, Contests, ContestEntries, ContestScores, Courses, CourseCompletions, OrgUnits, Users, RateLimitHits, SentNotices,
]

/** Every job task the plugin can add, in the order the database's task list was made with. */
export const allTasks: TaskConfig[] = [sweepUploadsTask, reportingNoticesTask, reportReturnedTask, contestReceiptTask, passwordResetTask]
