import { parseNumber, writeNumber } from '../../../collections/IndicatorReports/numberText'
import type { EntryIndicator } from '../../reporting/entryRows'

export type ColumnField = 'value' | 'denominator' | 'female' | 'male' | 'ethnicMinority' | 'note'
export type CellValue = number | string | null

/** The grid's columns, in order: which indicators each one asks for and the header's message. */
export const gridColumns: { field: ColumnField; header: string; numeric: boolean; asks: (i: EntryIndicator) => boolean }[] = [
  { field: 'value', header: 'gridValue', numeric: true, asks: () => true },
  { field: 'denominator', header: 'gridDenominator', numeric: true, asks: (i) => i.aggregation === 'ratio' },
  { field: 'female', header: 'gridFemale', numeric: true, asks: (i) => Boolean(i.disaggregations?.includes('sex')) },
  { field: 'male', header: 'gridMale', numeric: true, asks: (i) => Boolean(i.disaggregations?.includes('sex')) },
  { field: 'ethnicMinority', header: 'gridEthnicMinority', numeric: true, asks: (i) => Boolean(i.disaggregations?.includes('ethnicMinority')) },
  { field: 'note', header: 'gridNote', numeric: false, asks: () => true },
]

/**
 * What an officer typed, as the form stores it: empty is nothing, a number written as the CSV
 * import reads it ("12", "1.234", "35,7") is that number, and anything else stays text, which the
 * server refuses with the reason (collections/IndicatorReports/hooks/refuseNumberText.ts) rather
 * than keep the digits it starts with.
 */
export function parseCell(text: string, numeric: boolean): CellValue {
  if (!numeric) return text.trim() ? text : null
  const n = parseNumber(text)
  return n === null ? null : Number.isNaN(n) ? text : n
}

export const formatCell = (value: unknown): string => (value == null ? '' : typeof value === 'number' ? writeNumber(value) : String(value))

export const isBlank = (value: unknown): boolean => value == null || value === ''

/** A percentage to show beside a ratio's denominator, written the Vietnamese way (35,7%). */
export function rateOf(numerator: unknown, denominator: unknown): string | null {
  if (typeof numerator !== 'number' || typeof denominator !== 'number' || denominator <= 0) return null
  const rate = Math.round((numerator / denominator) * 1000) / 10
  return `${writeNumber(rate)}%`
}
