import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { pdfText } from '../../collections/Media/hooks/recordDocumentText'
import { mediaDir } from '../paths'

/**
 * PDFs uploaded before their text was kept (or whose reading failed) are read once more, from
 * their files, so the search finds them too. Runs at start; a PDF without text (a scan) is kept
 * as read (''), a file that is missing or unreadable is left for the next start.
 */
export async function readMissingDocumentText(payload: Payload, log: (line: string) => void): Promise<void> {
  const { docs } = await payload.find({
    collection: 'media',
    where: { and: [{ mimeType: { equals: 'application/pdf' } }, { documentText: { exists: false } }] },
    pagination: false,
    depth: 0,
    select: { filename: true },
    overrideAccess: true,
  })
  let read = 0
  for (const doc of docs) {
    if (!doc.filename) continue
    try {
      const documentText = await pdfText(await fs.readFile(path.join(mediaDir, doc.filename)))
      await payload.update({ collection: 'media', id: doc.id, data: { documentText }, overrideAccess: true })
      read++
    } catch (error) {
      log(`Không đọc được chữ trong ${doc.filename} / could not read its text: ${(error as Error).message}`)
    }
  }
  if (read > 0) log(`Đã đọc chữ của ${read} tài liệu PDF để tìm kiếm / read the text of ${read} PDFs for search`)
}
