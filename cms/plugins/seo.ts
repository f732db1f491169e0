import { seoPlugin } from '@payloadcms/plugin-seo'

import { siteOrigin } from '../../collections/previewUrl'

// @payloadcms/plugin-seo's newest release is 3.90.1 while the rest of Payload is 3.90.2. package.json
// overrides make it use our payload, ui and translations (one copy of each, tested in
// tests/cms/singlePayloadCopy.test.ts); Payload's dev-time checker compares only the declared
// versions and would stop every non-production process, so it is switched off here.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/** Where each collection's published documents live on the portal. */
const publicPaths: Record<string, string> = {
  plans: 'ke-hoach',
  campaigns: 'truyen-thong',
}

const labels: Record<string, { vi: string; en: string }> = {
  title: { vi: 'Tiêu đề khi chia sẻ, tìm kiếm', en: 'Meta title' },
  description: { vi: 'Mô tả ngắn', en: 'Meta description' },
  image: { vi: 'Ảnh khi chia sẻ (Zalo, Facebook)', en: 'Share image' },
}

type SeoDoc = { title?: string; summary?: string | null; slug?: string | null }

/**
 * Meta title, description and share image per plan and campaign (`meta` group), with "generate"
 * buttons that fill them from the document. The site falls back to title and summary when empty.
 */
export const seo = ({ slugs, uploads }: { slugs: string[]; uploads: string }) =>
  seoPlugin({
    collections: slugs.filter((slug) => slug in publicPaths),
    uploadsCollection: uploads as 'media',
    fields: ({ defaultFields }) =>
      defaultFields.map((field) => ('name' in field && labels[field.name] ? { ...field, label: labels[field.name] } : field)),
    generateTitle: ({ doc }) => (doc as SeoDoc).title ?? '',
    generateDescription: ({ doc }) => ((doc as SeoDoc).summary ?? '').slice(0, 160),
    generateURL: ({ doc, collectionConfig }) => {
      const folder = publicPaths[collectionConfig?.slug ?? '']
      const slug = (doc as SeoDoc).slug
      return folder && slug ? `${siteOrigin()}/${folder}/${slug}/` : siteOrigin()
    },
  })
