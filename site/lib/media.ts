import type { Media } from '../../cms/payload-types'

/**
 * Uploaded files are served by the CMS (Payload's file route, which applies the media access
 * rules), so links on the static portal point at the CMS's public address.
 */
const cmsPublicUrl = (process.env.CMS_PUBLIC_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`).replace(/\/$/, '')

/** An address on the CMS as the public reaches it, e.g. cmsUrl('/admin/login'). */
export const cmsUrl = (pathname: string) => `${cmsPublicUrl}${pathname}`

export function mediaUrl(url: string | null | undefined): string | null {
  if (!url) return null
  if (/^https?:\/\//i.test(url)) return url
  return url.startsWith('/') ? `${cmsPublicUrl}${url}` : null
}

export type ImageView = {
  src: string
  width: number
  height: number
  alt: string
  caption: string
  credit: string
  webpSrcset: string
  avifSrcset: string
}

type Size = { url?: string | null; width?: number | null; mimeType?: string | null }

function srcset(sizes: (Size | undefined)[]): string {
  return sizes
    .filter((s): s is Size => Boolean(s?.url && s.width))
    .map((s) => `${mediaUrl(s.url)} ${s.width}w`)
    .join(', ')
}

/** An image with WebP and AVIF sources for <picture>; null for anything that is not an image. */
export function imageView(doc: Media | number | null | undefined): ImageView | null {
  if (!doc || typeof doc !== 'object' || !doc.mimeType?.startsWith('image/') || !doc.url) return null
  const s = doc.sizes ?? {}
  const fallback = s.card?.url ? s.card : s.small?.url ? s.small : { url: doc.url, width: doc.width, height: doc.height }
  return {
    src: mediaUrl(fallback.url)!,
    width: fallback.width ?? doc.width ?? 0,
    height: fallback.height ?? doc.height ?? 0,
    alt: doc.alt ?? '',
    caption: doc.caption ?? '',
    credit: doc.credit ?? '',
    webpSrcset: srcset([s.small, s.card, s.full]),
    avifSrcset: srcset([s.smallAvif, s.cardAvif]),
  }
}

export type FileView = { url: string; title: string; mimeType: string; filesize: number; kind: string }

export function fileView(doc: Media | number | null | undefined): FileView | null {
  if (!doc || typeof doc !== 'object') return null
  const url = mediaUrl(doc.url)
  if (!url) return null
  return {
    url,
    title: doc.caption || doc.alt || doc.filename || '',
    mimeType: doc.mimeType ?? '',
    filesize: doc.filesize ?? 0,
    kind: doc.kind ?? 'document',
  }
}

/** A list of uploads split as pages show them: images in a gallery, everything else as files to download. */
export function imagesAndFiles(list: (Media | number)[] | null | undefined): { images: ImageView[]; files: FileView[] } {
  const docs = list ?? []
  return {
    images: docs.map(imageView).filter((x): x is ImageView => Boolean(x)),
    files: docs.filter((m) => typeof m === 'object' && !m.mimeType?.startsWith('image/')).map(fileView).filter((x): x is FileView => Boolean(x)),
  }
}

/** "1,2 MB" / "340 KB", as the portal shows file sizes. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
