import type { CollectionBeforeChangeHook } from 'payload'

/** What search keeps of a document: the public site's index holds at most this much of each. */
export const MAX_DOCUMENT_TEXT = 20_000

/** A PDF is read for at most this long and this many pages: an upload must not wait on a strange file. */
const READ_LIMIT_MS = 15_000
const MAX_PAGES = 300

/**
 * The words of a PDF in reading order, page by page, up to `limit` characters; '' when it has
 * none (a scan). Throws when the file cannot be read or takes too long.
 */
export async function pdfText(bytes: Uint8Array, limit = MAX_DOCUMENT_TEXT): Promise<string> {
  // Loaded on the first PDF only: PDF.js is large, and most processes never read one.
  const { getDocumentProxy } = await import('unpdf')
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const deadline = Date.now() + READ_LIMIT_MS
  try {
    let text = ''
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PAGES) && text.length < limit; n++) {
      if (Date.now() > deadline) throw new Error(`reading took over ${READ_LIMIT_MS / 1000} s`)
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      // Runs of glyphs as PDF.js finds them: a shaped Vietnamese word may be several, so they are
      // joined as they are, with the spaces and line ends the PDF itself has.
      const pageText = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('')
      text += `${pageText.replace(/[^\S\n]+/g, ' ').replace(/ *\n */g, '\n').trim()}\n`
    }
    return text.trim().slice(0, limit)
  } finally {
    await pdf.loadingTask.destroy()
  }
}

/**
 * Training documents in the library are found by their words, not only their titles: the text of
 * an uploaded PDF is kept with it for the portal's search (and the admin's), read from the file.
 */
export const recordDocumentText: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file) return data
  if ((data.mimeType ?? file.mimetype) !== 'application/pdf' || !file.data?.length) {
    data.documentText = null
    return data
  }
  try {
    data.documentText = await pdfText(file.data)
  } catch (error) {
    // A PDF that PDF.js cannot read is still a document people may download: it is only not
    // searchable ('' — read, no text — so it is not tried again at every start).
    req.payload.logger.warn(`PDF text not read from ${file.name}: ${(error as Error).message}`)
    data.documentText = ''
  }
  return data
}
