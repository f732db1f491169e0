import { t } from './i18n'
import type { SearchKind } from './searchMatch'

/** Each kind's label in the results, the same with and without JavaScript. */
export const searchKindLabels: Record<SearchKind, string> = {
  plan: t('search.kind.plan'),
  campaign: t('search.kind.campaign'),
  summary: t('search.kind.summary'),
  contest: t('search.kind.contest'),
  model: t('search.kind.model'),
  course: t('search.kind.course'),
  library: t('search.kind.library'),
}
