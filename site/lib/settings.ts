import type { SiteSetting } from '../../cms/payload-types'
import { readBuiltFile } from './builtFile'
import { payloadClient } from './payload'
import { fromSnapshotOr } from './snapshot'
import { perBuild } from './perBuild'

/** Where the build writes the settings it was built with (site/pages/cai-dat.json.ts). */
export const SITE_SETTINGS_PATH = 'cai-dat.json'

export type SiteSettingsView = {
  portalName: string
  welcomeLine: string
  description: string
  hotlineHeading: string
  hotlines: { label: string; number: string; tel: string }[]
  links: { label: string; url: string }[]
  footer: string
}

const safeUrl = (url: string) => (/^(https?:\/\/|\/)/i.test(url.trim()) ? url.trim() : '#')

export async function loadSiteSettingsDoc(): Promise<SiteSetting> {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
}

/**
 * The portal's settings. Pages rendered on request (search results, the contest form) pass
 * `fromBuild` and get the settings the live build was made with, so they match the pages around
 * them and the server never loads the CMS for them; `astro dev` has no build and asks the CMS.
 */
export function getSiteSettings({ fromBuild = false } = {}): Promise<SiteSettingsView> {
  return fromBuild ? settingsOfLiveBuild() : settingsFromCms()
}

const settingsOfLiveBuild = perBuild(async () => (await readBuiltFile<SiteSettingsView>(SITE_SETTINGS_PATH)) ?? settingsFromCms())

const settingsFromCms = perBuild(async (): Promise<SiteSettingsView> => {
  const s = await fromSnapshotOr('settings', loadSiteSettingsDoc)
  return {
    portalName: s.portalName ?? '',
    welcomeLine: s.welcomeLine ?? '',
    description: s.description ?? '',
    hotlineHeading: s.hotlines?.heading ?? 'ĐIỆN THOẠI HỮU ÍCH',
    hotlines: (s.hotlines?.numbers ?? []).map((h) => ({
      label: h.label,
      number: h.number,
      tel: h.number.replace(/[^\d+]/g, ''),
    })),
    links: (s.links ?? []).map((l) => ({ label: l.label, url: safeUrl(l.url) })),
    footer: s.footer ?? '',
  }
})
