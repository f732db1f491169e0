import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

type LexicalData = Parameters<typeof convertLexicalToPlaintext>[0]['data']

const isLexical = (data: unknown): data is LexicalData => Boolean(data && typeof data === 'object' && 'root' in data)

/** Lexical → HTML with Payload's official converter (it escapes text); alignment and indents come from our CSS. */
export function richTextToHTML(data: unknown): string {
  if (!isLexical(data)) return ''
  return convertLexicalToHTML({ data, disableContainer: true, disableIndent: true, disableTextAlign: true })
}

/** Lexical → plain text (official converter), for search and excerpts. */
export function richTextToPlainText(data: unknown): string {
  return isLexical(data) ? convertLexicalToPlaintext({ data }) : ''
}
