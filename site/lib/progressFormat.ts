import type { PublicIndicator, PublicRow, PublicValue } from '../../cms/progress/publicProgress'
import { PROTECTING } from '../../cms/progress/suppress'

const integer = new Intl.NumberFormat('vi-VN')
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** 1234 → "1.234"; "<5" and "ẩn" stay; nothing reported → "–". */
export function formatValue(value: PublicValue): string {
  if (value == null) return '–'
  if (typeof value === 'string') return value
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value)
}

/** A value with its unit: "12 tổ", and a percentage written as everywhere on the portal, "35,7%". */
export const withUnit = (value: string, unit: string) => (unit === '%' ? `${value}%` : `${value} ${unit}`)

/** What was achieved, as a reader expects it: "12 tổ", or "13,3% (12/90)" for a ratio. */
export function formatAchieved(row: PublicRow, indicator: Pick<PublicIndicator, 'aggregation' | 'unit'>): string {
  if (indicator.aggregation === 'ratio') {
    if (row.percent == null) return typeof row.value === 'string' ? row.value : '–'
    return `${withUnit(decimal.format(row.percent), '%')} (${formatValue(row.value)}/${formatValue(row.denominator)})`
  }
  // A cell hidden to protect another has no size to give a unit to.
  return row.value == null ? '–' : row.value === PROTECTING ? PROTECTING : withUnit(formatValue(row.value), indicator.unit)
}

export function formatTarget(indicator: Pick<PublicIndicator, 'target' | 'unit'>): string {
  return indicator.target == null ? '–' : withUnit(formatValue(indicator.target), indicator.unit)
}

/** Width of a progress bar: 0–100, however far past the target. */
export const barWidth = (achievedPercent: number | null) => Math.max(0, Math.min(100, achievedPercent ?? 0))
