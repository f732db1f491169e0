import { describe, expect, it } from 'vitest'

import { entryFromPagefind, excerptOf, indexEntries, pagefindRecord, queryTerms, searchEntries, type SearchEntry } from '../../site/lib/searchMatch'

const entry = (title: string, text: string, date = '2024-01-01T00:00:00.000Z'): SearchEntry => ({ url: `/${title}/`, title, kind: 'campaign', date, text })

const index = indexEntries([
  entry('Phòng, chống bạo lực gia đình', 'Tổ truyền thông nói chuyện về bạo lực gia đình tại thôn Đồng Lườn.', '2024-02-01T00:00:00.000Z'),
  entry('Ngày hội phúc lợi', 'Chương trình phúc lợi cho trẻ em và người cao tuổi.'),
  entry('Tảo hôn và hôn nhân cận huyết', 'Tuyên truyền chống tảo hôn bằng tiếng Mường. Bạo lực cũng được nhắc đến.', '2024-03-01T00:00:00.000Z'),
])
const titles = (q: string) => searchEntries(index, q).map((h) => h.entry.title)

describe('search without JavaScript: matching', () => {
  it('folds the query: case, diacritics, đ and punctuation do not matter', () => {
    expect(queryTerms('  Bạo LỰC, gia-đình!! bạo ')).toEqual(['bao', 'luc', 'gia', 'dinh'])
    expect(queryTerms('<script>')).toEqual(['script'])
    expect(queryTerms(' ,.; ')).toEqual([])
  })

  it('finds the same pages with or without diacritics, and needs every word', () => {
    expect(titles('bạo lực')).toEqual(titles('bao luc'))
    expect(titles('bao luc gia dinh')).toEqual(['Phòng, chống bạo lực gia đình'])
    expect(titles('dong luon')).toEqual(['Phòng, chống bạo lực gia đình'])
    expect(titles('bao luc khong-co-tu-nay')).toEqual([])
  })

  it('matches the start of words only: "luc" finds "lực", not "phúc"', () => {
    expect(titles('luc')).not.toContain('Ngày hội phúc lợi')
    expect(titles('phuc')).toEqual(['Ngày hội phúc lợi'])
  })

  it('ranks a match in the title above one in the text', () => {
    expect(titles('bao luc')).toEqual(['Phòng, chống bạo lực gia đình', 'Tảo hôn và hôn nhân cận huyết'])
  })

  it('marks the words in the excerpt as they are written on the page', () => {
    const [hit] = searchEntries(index, 'tao muong')
    const excerpt = excerptOf(hit!.entry.text, 'tao muong')
    expect(excerpt.filter((p) => p.match).map((p) => p.text)).toEqual(['tảo', 'Mường'])
    expect(excerpt.map((p) => p.text).join('')).toBe('Tuyên truyền chống tảo hôn bằng tiếng Mường. Bạo lực cũng được nhắc đến.')
  })

  it('marks the phrase as one passage when the text has it', () => {
    const excerpt = excerptOf('Nói chuyện về bạo lực gia đình tại thôn.', 'BAO LUC gia dinh')
    expect(excerpt.filter((p) => p.match).map((p) => p.text)).toEqual(['bạo lực gia đình'])
  })

  it('treats regular-expression characters in the query as text', () => {
    expect(() => searchEntries(index, '(.*+?[')).not.toThrow()
    expect(titles('.*')).toEqual([])
  })
})

describe('search without JavaScript: ranking a phrase', () => {
  const phraseIndex = indexEntries([
    // Scattered words, many times: a frequency ranking would put it first.
    entry('Sinh hoạt chi hội', 'Lồng ghép nội dung vào sinh hoạt; giới thiệu mô hình. '.repeat(15) + 'Lồng đèn, ghép cây, giới trẻ.'),
    entry('Kế hoạch năm 2024', 'Tập huấn lồng ghép giới cho cán bộ. Các lớp lồng ghép giới mở ở ba xã.', '2024-01-01T00:00:00.000Z'),
    entry('Tài liệu lồng ghép giới', 'Sổ tay cho chi hội trưởng.', '2023-01-01T00:00:00.000Z'),
    entry('Báo cáo sơ kết', 'Có một lớp lồng ghép giới.', '2025-01-01T00:00:00.000Z'),
  ])
  const order = (q: string) => searchEntries(phraseIndex, q).map((h) => h.entry.title)

  it('puts the phrase in a title first, then the phrase in the text (more often first), then scattered words', () => {
    expect(order('lồng ghép giới')).toEqual(['Tài liệu lồng ghép giới', 'Kế hoạch năm 2024', 'Báo cáo sơ kết', 'Sinh hoạt chi hội'])
    expect(order('long ghep gioi')).toEqual(order('lồng ghép giới'))
  })

  it('needs the words in their order and next to each other to count as the phrase', () => {
    expect(searchEntries(phraseIndex, 'giới lồng ghép').every((h) => h.phrase === 0)).toBe(true)
    expect(searchEntries(phraseIndex, 'lồng giới').every((h) => h.phrase === 0)).toBe(true)
  })

  it('treats the last word as the start of a word, as while typing, and earlier words as whole', () => {
    expect(order('lồng ghép gi')[0]).toBe('Tài liệu lồng ghép giới')
    expect(searchEntries(phraseIndex, 'lồn ghép giới').every((h) => h.phrase === 0)).toBe(true)
  })
})

describe('the record Pagefind indexes for an entry', () => {
  it('gives back the entry it was made from, and knows the words with "đ" also written with "d"', () => {
    const original: SearchEntry = { url: '/truyen-thong/a/', title: 'Phòng, chống bạo lực gia đình', kind: 'campaign', date: '2024-02-01T00:00:00.000Z', text: 'Tổ truyền thông thôn Đồng Lườn.' }
    const record = pagefindRecord(original)
    expect(record.content).toMatch(/\bgia dinh\b|\bdinh\b/)
    expect(record.content).toContain('dong')
    expect(entryFromPagefind({ url: original.url, ...record })).toEqual(original)
    expect(entryFromPagefind({ url: '/b/', ...pagefindRecord({ ...original, url: '/b/', text: 'Không có chữ d gạch.', title: 'Tiêu đề', date: null }) })).toEqual({ ...original, url: '/b/', text: 'Không có chữ d gạch.', title: 'Tiêu đề', date: null })
  })
})
