import { payloadClient } from './payload'

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

export function getSiteSettings(): Promise<SiteSettingsView> {
  cached ??= (async () => {
    const payload = await payloadClient()
    const s = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
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
