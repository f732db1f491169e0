/**
 * How an officer writes a number, the same in the CSV import, the entry grid and the API: "12",
 * "1.234" (a dot groups thousands) or "12,5" / "12.5" (decimals) → number; anything else → NaN;
 * empty → null.
 */
export function parseNumber(raw: string | undefined): number | null {
  const s = (raw ?? '').trim().replace(/\s/g, '')
  if (s === '') return null
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''))
  if (/^-?\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'))
  return Number.NaN
}

/** A number as the grid shows it, with the Vietnamese decimal comma, so that reading it back gives the same number. */
export const writeNumber = (n: number): string => String(n).replace('.', ',')
