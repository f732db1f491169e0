import type { SiteSetting } from '../../cms/payload-types'
import { payloadClient } from './payload'
import { fromSnapshotOr } from './snapshot'

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

let cached: Promise<SiteSettingsView> | undefined

export async function loadSiteSettingsDoc(): Promise<SiteSetting> {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
}

export function getSiteSettings(): Promise<SiteSettingsView> {
  cached ??= (async () => {
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
  })()
  return cached
}
