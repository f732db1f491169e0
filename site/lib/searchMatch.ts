import { foldDiacritics } from '../../collections/fields/slugify'

/** One page the search can find, as written into the build's index (/tim-kiem/chi-muc.json). */
export type SearchEntry = { url: string; title: string; kind: 'plan' | 'campaign'; date: string | null; text: string }

/** An entry with its folded title and text, computed once when the index is loaded. */
export type IndexedEntry = SearchEntry & { foldedTitle: string; foldedText: string }

export const indexEntries = (entries: SearchEntry[]): IndexedEntry[] =>
  entries.map((e) => ({ ...e, foldedTitle: foldDiacritics(e.title), foldedText: foldDiacritics(e.text) }))

export type ExcerptPart = { text: string; match: boolean }
export type SearchHit = { entry: IndexedEntry; score: number; excerpt: ExcerptPart[] }

const EXCERPT_LENGTH = 220
const MAX_TERMS = 8

/** "Bạo  LỰC gia-đình" → ["bao", "luc", "gia", "dinh"]: folded words, so diacritics never decide a match. */
export function queryTerms(query: string): string[] {
  const words = foldDiacritics(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)
  return [...new Set(words)].slice(0, MAX_TERMS)
}

/** The folded text plus, for each of its characters, where it came from in the original. */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = ''
  const offsets: number[] = []
  let index = 0
  for (const char of text) {
    const f = foldDiacritics(char)
    folded += f
    for (let k = 0; k < f.length; k++) offsets.push(index)
    index += char.length
  }
  offsets.push(index)
  return { folded, offsets }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every place a term starts a word: "luc" matches "lực lượng", not "phúc". */
function wordStarts(folded: string, term: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}`, 'gu')
  return [...folded.matchAll(re)].map((m) => m.index!)
}

function excerpt(text: string, terms: string[]): ExcerptPart[] {
  const { folded, offsets } = foldWithOffsets(text)
  const ranges = terms
    .flatMap((term) => wordStarts(folded, term).map((start) => [offsets[start], offsets[start + term.length]] as const))
    .sort((a, b) => a[0] - b[0])
  const first = ranges[0]?.[0] ?? 0
  let from = Math.max(0, first - 60)
  if (from > 0) from = text.indexOf(' ', from) + 1 || from
  const to = Math.min(text.length, from + EXCERPT_LENGTH)
  const parts: ExcerptPart[] = from > 0 ? [{ text: '… ', match: false }] : []
  let at = from
  for (const [start, end] of ranges) {
    if (start < at || end > to) continue
    if (start > at) parts.push({ text: text.slice(at, start), match: false })
    parts.push({ text: text.slice(start, end), match: true })
    at = end
  }
  parts.push({ text: text.slice(at, to) + (to < text.length ? ' …' : ''), match: false })
  return parts
}

/**
 * Pages where every term starts a word of the title or text, best first: title matches count
 * most, then how often the terms occur, then the newest.
 */
export function searchEntries(entries: IndexedEntry[], query: string): SearchHit[] {
  const terms = queryTerms(query)
  if (terms.length === 0) return []
  const hits: SearchHit[] = []
  for (const entry of entries) {
    let score = 0
    for (const term of terms) {
      const inTitle = wordStarts(entry.foldedTitle, term).length
      const inText = wordStarts(entry.foldedText, term).length
      if (inTitle + inText === 0) {
        score = 0
        break
      }
      score += inTitle * 10 + Math.min(inText, 20)
    }
    if (score > 0) hits.push({ entry, score, excerpt: excerpt(entry.text, terms) })
  }
  return hits.sort((a, b) => b.score - a.score || (b.entry.date ?? '').localeCompare(a.entry.date ?? ''))
}
