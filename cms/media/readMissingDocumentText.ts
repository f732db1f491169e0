import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { pdfText } from '../../collections/Media/hooks/recordDocumentText'
import { mediaDir } from '../paths'
import { mediaSlug } from '../plugin/installed'

/**
 * PDFs uploaded before their text was kept (or whose reading failed) are read once more, from
 * their files, so the search finds them too. Runs at start, for a minute at most; a PDF without
 * text (a scan) or one PDF.js cannot read is kept as read (''), a missing file is tried again
 * at the next start.
 */
export async function readMissingDocumentText(payload: Payload, log: (line: string) => void, budgetMs = 60_000): Promise<void> {
  const { docs } = await payload.find({
    collection: mediaSlug(payload),
    where: { and: [{ mimeType: { equals: 'application/pdf' } }, { documentText: { exists: false } }] },
    pagination: false,
    depth: 0,
    select: { filename: true },
    overrideAccess: true,
  })
  let read = 0
  let failed = 0
  // A start waits for this at most; what is left is read at the next one.
  const until = Date.now() + budgetMs
  for (const doc of docs) {
    if (!doc.filename) continue
    if (Date.now() > until) {
      log(`Còn ${docs.length - read - failed} tài liệu PDF chưa đọc, sẽ đọc ở lần khởi động sau / the rest are read at the next start`)
      break
    }
    const bytes = await fs.readFile(path.join(mediaDir, doc.filename)).catch(() => null)
    if (!bytes) continue // the file is missing: tried again at the next start
    let documentText = ''
    try {
      documentText = await pdfText(bytes)
      read++
    } catch (error) {
      // Kept as read without text: a file PDF.js cannot read must not hold up every start.
      failed++
      log(`Không đọc được chữ trong ${doc.filename} / could not read its text: ${(error as Error).message}`)
    }
    await payload.update({ collection: mediaSlug(payload), id: doc.id, data: { documentText }, overrideAccess: true })
  }
  if (read > 0) log(`Đã đọc chữ của ${read} tài liệu PDF để tìm kiếm / read the text of ${read} PDFs for search`)
}
