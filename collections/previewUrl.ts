/** The public portal's address, as editors reach it (SITE_URL in production). */
export const siteOrigin = (): string =>
  (process.env.SITE_URL ?? `http://localhost:${process.env.SITE_PORT ?? 4321}`).replace(/\/$/, '')

/** The admin's "Preview" button opens the draft on the public design (site/pages/xem-truoc). */
export const previewUrl =
  (collection: string) =>
  (doc: Record<string, unknown>): string =>
    `${siteOrigin()}/xem-truoc/${collection}/${doc.id}/`
