import type { Campaign, Course, Plan } from '../../cms/payload-types'
import { optionLabels, toCampaignView, type CampaignView } from './campaigns'
import { toCourseView, type CourseView } from './courses'
import { payloadClient } from './payload'
import { toPlanView, type PlanView } from './plans'

export type Preview =
  | { kind: 'unauthenticated' }
  | { kind: 'not-found' }
  | { kind: 'campaign'; campaign: CampaignView }
  | { kind: 'plan'; plan: PlanView }
  | { kind: 'course'; course: CourseView }

const previewable = ['campaigns', 'plans', 'courses'] as const
type PreviewCollection = (typeof previewable)[number]

/**
 * The one place the site reads drafts: for an editor logged in to the CMS (its session cookie
 * reaches this server because both run on the same host) and only through that editor's own
 * access rules. Everyone else gets nothing. The static pages never come through here.
 */
export async function loadPreview(collection: string, id: string, headers: Headers): Promise<Preview> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers })
  if (!user) return { kind: 'unauthenticated' }
  if (!(previewable as readonly string[]).includes(collection) || !/^\w+$/.test(id)) return { kind: 'not-found' }
  const doc = await payload
    .findByID({ collection: collection as PreviewCollection, id, draft: true, depth: 1, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)
  if (!doc) return { kind: 'not-found' }
  if (collection === 'campaigns') return { kind: 'campaign', campaign: toCampaignView(doc as Campaign, optionLabels) }
  if (collection === 'courses') return { kind: 'course', course: toCourseView(doc as Course) }
  return { kind: 'plan', plan: toPlanView(doc as Plan) }
}
