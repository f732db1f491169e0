/** The admin's "Preview" button opens the draft on the public design (site/pages/xem-truoc). */
export const previewUrl =
  (collection: string) =>
  (doc: Record<string, unknown>): string =>
    `${(process.env.SITE_URL ?? `http://localhost:${process.env.SITE_PORT ?? 4321}`).replace(/\/$/, '')}/xem-truoc/${collection}/${doc.id}/`
