import { Campaigns } from './Campaigns'
import { ContestEntries } from './ContestEntries'
import { ContestScores } from './ContestScores'
import { Contests } from './Contests'
import { CampaignThemes } from './CampaignThemes'
import { SeedState } from './globals/SeedState'
import { SiteBuildStatus } from './globals/SiteBuildStatus'
import { SiteSettings } from './globals/SiteSettings'
import { IndicatorReports } from './IndicatorReports'
import { Indicators } from './Indicators'
import { Media } from './Media'
import { OrgUnits } from './OrgUnits'
import { Plans } from './Plans'
import { ProgressSummaries } from './ProgressSummaries'
import { ReportingPeriods } from './ReportingPeriods'
import { Users } from './Users'

export const collections = [Plans, Campaigns, CampaignThemes, Media, Indicators, ReportingPeriods, IndicatorReports, ProgressSummaries, Contests, ContestEntries, ContestScores, OrgUnits, Users]
export const globals = [SiteSettings, SiteBuildStatus, SeedState]
