import type { Media } from '../../cms/payload-types'
import { imageView, type ImageView } from './media'

/** What a page tells search engines and share previews; empty fields fall back to the document's own. */
export type SeoView = { title: string; description: string; image: ImageView | null }

type Meta = { title?: string | null; description?: string | null; image?: number | Media | null } | null | undefined

export function seoView(meta: Meta, fallback: SeoView): SeoView {
  return {
    title: meta?.title?.trim() || fallback.title,
    description: meta?.description?.trim() || fallback.description,
    image: imageView(meta?.image) ?? fallback.image,
  }
}
