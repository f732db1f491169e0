import { foldDiacritics } from '../../collections/fields/slugify'

/** What a page found by the search is, for its label in the results. */
export type SearchKind = 'plan' | 'campaign' | 'summary' | 'contest' | 'model' | 'course' | 'library'

/**
 * One page or file the search can find, as the build writes it (/tim-kiem/chi-muc.json) and feeds
 * it to Pagefind: both the results page and the in-browser search read these same entries.
 */
export type SearchEntry = { url: string; title: string; kind: SearchKind; date: string | null; text: string }

/** An entry with its folded title and text, computed once when the index is loaded. */
export type IndexedEntry = SearchEntry & { foldedTitle: string; foldedText: string }

export const indexEntries = (entries: SearchEntry[]): IndexedEntry[] =>
  entries.map((e) => ({ ...e, foldedTitle: foldDiacritics(e.title), foldedText: foldDiacritics(e.text) }))

/** Between an entry's text and the words Pagefind must also know without "đ" (see pagefindRecord). */
const ALIASES_MARK = '\n⁂ '

/**
 * What Pagefind indexes for an entry: its title and text and, after a mark, its words with "đ"
 * written with "d" — Pagefind ignores other diacritics itself but not "đ", so "gia dinh" would
 * miss "gia đình". Only in the index; pages carry nothing extra. `entryFromPagefind` undoes it.
 */
export function pagefindRecord(entry: SearchEntry): { content: string; meta: Record<string, string> } {
  const withD = [...new Set(`${entry.title} ${entry.text}`.match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? [])].map(foldDiacritics)
  return {
    content: `${entry.title}\n${entry.text}${withD.length ? ALIASES_MARK + [...new Set(withD)].join(' ') : ''}`,
    meta: { title: entry.title, kind: entry.kind, ...(entry.date ? { date: entry.date } : {}) },
  }
}

/** The entry a Pagefind result was made from (pagefindRecord), for ranking it as the results page does. */
export function entryFromPagefind(result: { url: string; content: string; meta: Record<string, string | undefined> }): SearchEntry {
  const title = result.meta.title ?? result.url
  const withoutAliases = result.content.split(ALIASES_MARK.trim())[0]!.trim()
  const text = withoutAliases.startsWith(title) ? withoutAliases.slice(title.length).trim() : withoutAliases
  return { url: result.url, title, kind: (result.meta.kind ?? 'plan') as SearchKind, date: result.meta.date ?? null, text }
}

export type ExcerptPart = { text: string; match: boolean }

/**
 * Where a hit stands: the whole query as written, word after word, in the title (2) or the text
 * (1), or only its words, anywhere (0). A phrase always ranks above scattered words.
 */
export type SearchHit = { entry: IndexedEntry; phrase: 0 | 1 | 2; score: number }

const EXCERPT_LENGTH = 220
const MAX_TERMS = 8

const words = (query: string) =>
  foldDiacritics(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 3 * MAX_TERMS)

/** "Bạo  LỰC gia-đình" → ["bao", "luc", "gia", "dinh"]: folded words, so diacritics never decide a match. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query))].slice(0, MAX_TERMS)
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const notWordBefore = '(?<![\\p{L}\\p{N}])'
const notWordAfter = '(?![\\p{L}\\p{N}])'

/** Every place a term starts a word: "luc" matches "lực lượng", not "phúc". */
const termPattern = (term: string) => new RegExp(`${notWordBefore}${escapeRegExp(term)}`, 'gu')

/**
 * The query's words in their order, whole words separated only by spaces or punctuation; the last
 * may be the start of a word, as when typing. Null for a single word (that is no phrase).
 */
function phrasePattern(query: string): RegExp | null {
  const w = words(query)
  if (w.length < 2) return null
  const body = w.map((word, i) => escapeRegExp(word) + (i < w.length - 1 ? notWordAfter : '')).join('[^\\p{L}\\p{N}]+')
  return new RegExp(`${notWordBefore}${body}`, 'gu')
}

const count = (text: string, re: RegExp) => {
  re.lastIndex = 0
  let n = 0
  while (re.exec(text)) n++
  return n
}

/**
 * The hits among the entries, best first: every word must start a word of the title or text;
 * the phrase in the title, then the phrase in the text (more often first), then scattered words;
 * within each, title matches count most, then how often the words occur, then the newest.
 */
export function searchEntries(entries: IndexedEntry[], query: string): SearchHit[] {
  const terms = queryTerms(query).map(termPattern)
  if (terms.length === 0) return []
  const phrase = phrasePattern(query)
  const hits: SearchHit[] = []
  for (const entry of entries) {
    let score = 0
    for (const term of terms) {
      const inTitle = count(entry.foldedTitle, term)
      const inText = count(entry.foldedText, term)
      if (inTitle + inText === 0) {
        score = 0
        break
      }
      score += inTitle * 10 + Math.min(inText, 20)
    }
    if (score === 0) continue
    const inText = phrase ? count(entry.foldedText, phrase) : 0
    const where = phrase && count(entry.foldedTitle, phrase) > 0 ? 2 : inText > 0 ? 1 : 0
    hits.push({ entry, phrase: where, score: score + 100 * Math.min(inText, 20) })
  }
  return hits.sort((a, b) => b.phrase - a.phrase || b.score - a.score || (b.entry.date ?? '').localeCompare(a.entry.date ?? '') || a.entry.url.localeCompare(b.entry.url))
}

const foldedChars = new Map<string, string>()
const foldChar = (char: string) => {
  if (char.charCodeAt(0) < 128) return char.toLowerCase()
  let f = foldedChars.get(char)
  if (f === undefined) foldedChars.set(char, (f = foldDiacritics(char)))
  return f
}

/** The folded text plus, for each of its characters, where it came from in the original. */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = ''
  const offsets: number[] = []
  let index = 0
  for (const char of text) {
    const f = foldChar(char)
    folded += f
    for (let k = 0; k < f.length; k++) offsets.push(index)
    index += char.length
  }
  offsets.push(index)
  return { folded, offsets }
}

/**
 * A short passage of the text around the first place the query is found (the phrase if it is
 * there), with the words found marked, as they are written on the page.
 */
export function excerptOf(text: string, query: string): ExcerptPart[] {
  const { folded, offsets } = foldWithOffsets(text)
  const phrase = phrasePattern(query)
  const find = (re: RegExp) => [...folded.matchAll(re)].map((m) => [offsets[m.index!]!, offsets[m.index! + m[0].length]!] as const)
  const phraseRanges = phrase ? find(phrase) : []
  const ranges = (phraseRanges.length > 0 ? phraseRanges : queryTerms(query).flatMap((term) => find(termPattern(term)))).sort((a, b) => a[0] - b[0])
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
