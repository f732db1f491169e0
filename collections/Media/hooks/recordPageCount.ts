import type { CollectionBeforeChangeHook } from 'payload'
import { PDFDocument } from 'pdf-lib'

/** Training documents and signed scans show their page count on the site, read from the PDF itself. */
export const recordPageCount: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file || (data.mimeType ?? file.mimetype) !== 'application/pdf') return data
  const bytes = file.data && file.data.length > 0 ? file.data : undefined
  if (!bytes) return data
  try {
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })
    data.pageCount = pdf.getPageCount()
  } catch {
    data.pageCount = null // readable enough to pass the type check, not to count: leave it blank
  }
  return data
}
