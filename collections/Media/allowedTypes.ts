import type { Field } from 'payload'

/** What the media library accepts, by the type detected from the file's bytes. */
export const allowedMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'video/mp4',
  'video/webm',
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/ogg',
  'audio/wav',
  'audio/x-wav',
  'audio/vnd.wave',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/x-cfb',
] as const

export const imageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg', 'bmp', 'tif', 'tiff', 'heic']

export type MediaKind = 'image' | 'video' | 'audio' | 'document'

export function mediaKindOf(mimeType: string | null | undefined): MediaKind {
  if (!mimeType) return 'document'
  if (mimeType.startsWith('image/')) return 'image'
  if (mimeType.startsWith('video/')) return 'video'
  if (mimeType.startsWith('audio/')) return 'audio'
  return 'document'
}

export function maxUploadBytes(): number {
  const mb = Number(process.env.MEDIA_MAX_MB ?? 100)
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : 100) * 1024 * 1024)
}

/** Decompression bombs: refuse images whose header promises more pixels than this. */
export const maxImageMegapixels = 40

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} B`
}

/** The kind of an upload, read from its type when it is stored (media library and private files). */
export const mediaKindField: Field = {
  name: 'kind',
  type: 'select',
  label: { vi: 'Loại tư liệu', en: 'Kind' },
  admin: { readOnly: true, position: 'sidebar' },
  options: [
    { value: 'image', label: { vi: 'Ảnh', en: 'Image' } },
    { value: 'video', label: { vi: 'Video', en: 'Video' } },
    { value: 'audio', label: { vi: 'Âm thanh', en: 'Audio' } },
    { value: 'document', label: { vi: 'Tài liệu', en: 'Document' } },
  ],
  hooks: { beforeChange: [({ data, req }) => mediaKindOf(data?.mimeType ?? req.file?.mimetype)] },
}
