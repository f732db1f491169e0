import { describe, expect, it } from 'vitest'

import { indexEntries, queryTerms, searchEntries, type SearchEntry } from '../../site/lib/searchMatch'

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
    const [hit] = searchEntries(index, 'tao hon muong')
    expect(hit.excerpt.filter((p) => p.match).map((p) => p.text)).toEqual(['tảo', 'hôn', 'Mường'])
    expect(hit.excerpt.map((p) => p.text).join('')).toBe('Tuyên truyền chống tảo hôn bằng tiếng Mường. Bạo lực cũng được nhắc đến.')
  })

  it('treats regular-expression characters in the query as text', () => {
    expect(() => searchEntries(index, '(.*+?[')).not.toThrow()
    expect(titles('.*')).toEqual([])
  })
})
