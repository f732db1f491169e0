import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/** Lexical → HTML with Payload's official converter (it escapes text); alignment and indents come from our CSS. */
export function richTextToHTML(data: unknown): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({ data: data as never, disableContainer: true, disableIndent: true, disableTextAlign: true })
}
