/**
 * Uploaded files are served by the CMS (Payload's file route, which applies the media access
 * rules), so links on the static portal point at the CMS's public address.
 */
const cmsPublicUrl = (process.env.CMS_PUBLIC_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`).replace(/\/$/, '')

export function mediaUrl(url: string | null | undefined): string | null {
  if (!url) return null
  if (/^https?:\/\//i.test(url)) return url
  return url.startsWith('/') ? `${cmsPublicUrl}${url}` : null
}
