/**
 * Turns the plain text of an administrative document (as posted on commune portals) into a
 * Lexical editor state: "I." sections become h2, "1." headings h3, "1.1." headings h4, lines
 * starting with "-" or "+" become bulleted lists, everything else paragraphs. A long numbered
 * line that ends with a full stop is a numbered paragraph ("1. Nhằm nâng cao…"), not a heading.
 */
type LexicalNode = Record<string, unknown>

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const block = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const paragraph = (value: string) => block('paragraph', [text(value)], { textFormat: 0, textStyle: '' })
const heading = (tag: 'h2' | 'h3' | 'h4', value: string) => block('heading', [text(value)], { tag })
const list = (items: string[]) =>
  block(
    'list',
    items.map((item, i) => block('listitem', [text(item)], { value: i + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )

function classify(line: string): { kind: 'h2' | 'h3' | 'h4' | 'item' | 'p'; value: string } {
  if (/^[IVX]+\.\s/.test(line)) return { kind: 'h2', value: line }
  // "1.1." sub-sections and "1. Nội dung 1:" content areas are headings even when they end in a full stop.
  if (/^\d+\.\d+\.\s/.test(line)) return { kind: 'h4', value: line }
  if (/^\d+\.\s*Nội dung \d/.test(line)) return { kind: 'h3', value: line }
  if (/^\d+\.\s/.test(line) && (!/[.;]$/.test(line) || line.length <= 60)) return { kind: 'h3', value: line }
  const item = /^[-+]\s+(.*)$/.exec(line)
  if (item) return { kind: 'item', value: item[1] }
  return { kind: 'p', value: line }
}

export function textToLexical(source: string) {
  const children: LexicalNode[] = []
  let pendingItems: string[] = []
  const flushList = () => {
    if (pendingItems.length) children.push(list(pendingItems))
    pendingItems = []
  }
  for (const raw of source.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim()
    if (!line) continue
    const { kind, value } = classify(line)
    if (kind === 'item') {
      pendingItems.push(value)
      continue
    }
    flushList()
    children.push(kind === 'p' ? paragraph(value) : heading(kind, value))
  }
  flushList()
  return { root: block('root', children) }
}
