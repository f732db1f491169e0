import { foldDiacritics } from '../../collections/fields/slugify'

/**
 * The words of a page without diacritics ("bạo lực" → "bao luc"), placed beside the text for the
 * search index only, so readers who type without diacritics (common on phones) still find it.
 */
export function searchAliases(...parts: string[]): string {
  return foldDiacritics(parts.join(' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim().slice(0, 20_000)
}
