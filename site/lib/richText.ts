import type { SerializedListItemNode } from '@payloadcms/richtext-lexical'
import { convertLexicalToHTML, type HTMLConverter } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

type LexicalData = Parameters<typeof convertLexicalToPlaintext>[0]['data']

const isLexical = (data: unknown): data is LexicalData => Boolean(data && typeof data === 'object' && 'root' in data)

/**
 * List items as valid HTML: the default converter gives every `li` a `value` (allowed only in an
 * `ol`) and renders check lists with React attribute names. A checked item is marked by ☑ in text.
 */
const listItem: HTMLConverter<SerializedListItemNode> = ({ node, nodesToHTML, parent }) => {
  const children = nodesToHTML({ nodes: node.children }).join('')
  const listType = 'listType' in parent ? parent.listType : undefined
  if (listType === 'check') return `<li>${node.checked ? '☑' : '☐'} ${children}</li>`
  return `<li>${children}</li>`
}

/** Lexical → HTML with Payload's official converter (it escapes text); alignment and indents come from our CSS. */
export function richTextToHTML(data: unknown): string {
  if (!isLexical(data)) return ''
  return convertLexicalToHTML({
    data,
    converters: ({ defaultConverters }) => ({ ...defaultConverters, listitem: listItem }),
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}

/** Lexical → plain text (official converter), for search and excerpts. */
export function richTextToPlainText(data: unknown): string {
  return isLexical(data) ? convertLexicalToPlaintext({ data }) : ''
}
