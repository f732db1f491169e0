// With JavaScript, /tim-kiem/ answers in the browser from Pagefind's static index, without the
// server; the results are ranked and cut with the results page's own rules (searchMatch.ts) from
// the same entries, so both ways list the same pages in the same order. Without JavaScript, or if
// Pagefind cannot load, the form goes to the server's results page.
import { formatDate } from '../lib/dates'
import { entryFromPagefind, excerptOf, indexEntries, searchEntries, type SearchEntry, type SearchKind } from '../lib/searchMatch'

type PagefindData = { url: string; content: string; meta: Record<string, string | undefined> }
type Pagefind = { search: (query: string) => Promise<{ results: { id: string; data: () => Promise<PagefindData> }[] }> }
type Messages = { none: string; count: string; more: string; kinds: Record<SearchKind, string> }

/**
 * How many of Pagefind's best matches, for the phrase and for the words, are fetched and ranked
 * here: each is a fragment of up to ~20 KB to download on a phone. Beyond them the server's page
 * ("Xem tất cả kết quả") has the complete ranking.
 */
const CANDIDATES = 20
const PER_PAGE = 20
const pagefindUrl = '/pagefind/pagefind.js'

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!
const input = document.querySelector<HTMLInputElement>('#q')!
const box = document.getElementById('ket-qua')!
const messages = JSON.parse(box.dataset.messages!) as Messages
let pagefind: Promise<Pagefind> | undefined

const resultsPage = (q: string, page = 1) => `/tim-kiem/ket-qua/?q=${encodeURIComponent(q)}${page > 1 ? `&trang=${page}` : ''}`

async function candidates(q: string): Promise<{ entries: SearchEntry[]; found: number }> {
  pagefind ??= import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>
  const pf = await pagefind
  const words = q.split(/\s+/).filter(Boolean)
  const [phrase, all] = await Promise.all([words.length > 1 ? pf.search(`"${words.join(' ').replace(/"/g, '')}"`) : { results: [] }, pf.search(q)])
  const picked = new Map<string, () => Promise<PagefindData>>()
  for (const r of [...phrase.results.slice(0, CANDIDATES), ...all.results.slice(0, CANDIDATES)]) if (!picked.has(r.id)) picked.set(r.id, r.data)
  const data = await Promise.all([...picked.values()].map((load) => load()))
  return { entries: data.map(entryFromPagefind), found: all.results.length }
}

function render(q: string, entries: SearchEntry[], found: number): void {
  const hits = searchEntries(indexEntries(entries), q)
  const total = Math.max(hits.length, found)
  const status = document.createElement('p')
  status.setAttribute('role', 'status')
  status.textContent = (hits.length ? messages.count : messages.none).replace('{q}', () => q).replace('{count}', String(total))
  const list = document.createElement('ol')
  for (const hit of hits.slice(0, PER_PAGE)) {
    const item = document.createElement('li')
    const link = Object.assign(document.createElement('a'), { href: hit.entry.url, textContent: hit.entry.title })
    const about = Object.assign(document.createElement('span'), {
      className: 'muted',
      textContent: ` · ${messages.kinds[hit.entry.kind] ?? ''}${hit.entry.date ? ` · ${formatDate(hit.entry.date)}` : ''}`,
    })
    const excerpt = document.createElement('p')
    for (const part of excerptOf(hit.entry.text, q)) excerpt.append(part.match ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text)
    item.append(link, about, excerpt)
    list.append(item)
  }
  const shown: Node[] = [status]
  if (hits.length) shown.push(list)
  if (total > PER_PAGE) {
    const more = document.createElement('p')
    more.append(Object.assign(document.createElement('a'), { href: resultsPage(q, 2), textContent: `${messages.more} →` }))
    shown.push(more)
  }
  box.replaceChildren(...shown)
}

async function run(q: string): Promise<void> {
  const { entries, found } = await candidates(q)
  render(q, entries, found)
}

form.addEventListener('submit', (event) => {
  const q = input.value.trim()
  if (!q) return
  event.preventDefault()
  history.replaceState(null, '', `/tim-kiem/?q=${encodeURIComponent(q)}`)
  run(q).catch(() => form.submit())
})
const initial = new URLSearchParams(location.search).get('q')?.trim()
if (initial) {
  input.value = initial
  run(initial).catch(() => location.assign(resultsPage(initial)))
}
