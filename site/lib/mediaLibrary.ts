import type { Media } from '../../cms/payload-types'
import { licenceOptions } from '../../collections/Media/options'
import { t } from './i18n'
import { imageView, mediaUrl, type ImageView } from './media'

export { formatFileSize } from './media'
import { payloadClient } from './payload'
import { fromSnapshotOr } from './snapshot'
import { perBuild } from './perBuild'

export type LibraryItem = {
  id: string
  kind: 'image' | 'video' | 'audio' | 'document'
  language: string
  title: string
  url: string
  mimeType: string
  filesize: number
  pageCount: number | null
  image: ImageView | null
  poster: string | null
  transcript: string
  /** A PDF's own words, for search only. */
  documentText: string
  credit: string
  licence: string
  createdAt: string
}

/** URL segments and labels of the library's filters: /thu-vien/loai/anh/, /thu-vien/ngon-ngu/tieng-muong/. */
export const kindTerms = [
  { value: 'image', slug: 'anh', name: 'Ảnh' },
  { value: 'video', slug: 'video', name: 'Video' },
  { value: 'audio', slug: 'am-thanh', name: 'Âm thanh' },
  { value: 'document', slug: 'tai-lieu', name: 'Tài liệu' },
] as const

export const languageTerms = [
  { value: 'vi', slug: 'tieng-viet', name: 'Tiếng Việt' },
  { value: 'muong', slug: 'tieng-muong', name: 'Tiếng Mường' },
  { value: 'thai', slug: 'tieng-thai', name: 'Tiếng Thái' },
  { value: 'none', slug: 'khong-loi', name: 'Không có lời' },
] as const

export const libraryFilters = [
  { segment: 'loai', key: 'kind', terms: kindTerms, titleKey: 'library.byKind' },
  { segment: 'ngon-ngu', key: 'language', terms: languageTerms, titleKey: 'library.byLanguage' },
] as const

export type LibraryFilterGroup = { id: string; heading: string; links: { href: string; label: string }[] }

/** The kinds and languages the library holds: the filter links above every library page. */
export function libraryFilterGroups(all: LibraryItem[]): LibraryFilterGroup[] {
  return libraryFilters.map((f) => ({
    id: `loc-${f.segment}`,
    heading: t(f.segment === 'loai' ? 'library.filterKind' : 'library.filterLanguage'),
    links: f.terms
      .filter((term) => all.some((item) => item[f.key] === term.value))
      .map((term) => ({ href: `/thu-vien/${f.segment}/${term.slug}/`, label: term.name })),
  }))
}

const licenceLabels: Record<string, string> = Object.fromEntries(licenceOptions.map((o) => [o.value, o.label.vi]))

function toItem(doc: Media): LibraryItem | null {
  const url = mediaUrl(doc.url)
  if (!url) return null
  const poster = typeof doc.poster === 'object' && doc.poster ? imageView(doc.poster) : null
  return {
    id: String(doc.id),
    kind: doc.kind ?? 'document',
    language: doc.language ?? 'vi',
    title: doc.caption || doc.alt || doc.filename || '',
    url,
    mimeType: doc.mimeType ?? '',
    filesize: doc.filesize ?? 0,
    pageCount: doc.pageCount ?? null,
    image: imageView(doc),
    poster: poster?.src ?? null,
    transcript: doc.transcript ?? '',
    documentText: doc.documentText ?? '',
    credit: doc.credit ?? '',
    licence: licenceLabels[doc.licence ?? ''] ?? '',
    createdAt: doc.createdAt,
  }
}

export async function loadLibraryDocs(): Promise<Media[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'media',
    overrideAccess: false,
    depth: 1,
    pagination: false,
    sort: '-createdAt',
    where: { inLibrary: { equals: true } },
  })
  return result.docs
}

/** Everything editors chose to show in the public library, newest first. */
export const libraryItems: () => Promise<LibraryItem[]> = perBuild(() =>
  fromSnapshotOr('library', loadLibraryDocs).then((docs) => docs.map(toItem).filter((x): x is LibraryItem => Boolean(x))),
)
