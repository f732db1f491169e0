import { describe, expect, it } from 'vitest'

import type { PublicIndicator, PublicRow } from '../../cms/progress/publicProgress'
import { communeChart, describeChart, periodChart } from '../../site/lib/progressCharts'

const row = (value: PublicRow['value'], denominator: PublicRow['denominator'] = null, percent: number | null = null): PublicRow => ({ value, denominator, female: null, male: null, ethnicMinority: null, percent })
const indicator = (aggregation: PublicIndicator['aggregation'], periods: PublicRow[], communes: PublicRow[]): PublicIndicator => ({
  code: 'X-01', name: 'Chỉ số', unit: aggregation === 'ratio' ? '%' : 'người', aggregation, sensitive: true, target: 20, targetYear: null, achievedPercent: null,
  total: row(null),
  byPeriod: periods.map((r, i) => ({ period: `Kỳ ${i + 1}`, periodCode: `K${i + 1}`, ...r })),
  byCommune: communes.map((r, i) => ({ orgUnit: `Xã ${i + 1}`, ...r })),
})

describe('progress charts never draw a hidden cell as a number', () => {
  it('hides every running total from the first hidden period on: no subtraction gives the hidden one away', () => {
    const chart = periodChart(indicator('sum', [row(6), row('<5'), row(7)], []))
    expect(chart.bars.map((b) => [b.value, b.hidden, b.text])).toEqual([[6, false, '6 người'], [null, true, 'ẩn'], [null, true, 'ẩn']])
    expect(describeChart(chart)).toBe('Kỳ 1: 6 người; Kỳ 2: ẩn; Kỳ 3: ẩn. Chỉ tiêu: 20 người.')
  })

  it('hides a ratio whose denominator is hidden, though its numerator is shown', () => {
    const chart = communeChart(indicator('ratio', [], [row(3, '<5'), row(6, 40, 15)]))
    expect(chart.bars.map((b) => [b.value, b.hidden])).toEqual([[null, true], [15, false]])
    // Hidden bars do not stretch the scale: 0–100 for a percentage.
    expect(chart.max).toBe(100)
  })

  it('shows "no report" as a dash, never as hidden, and a real zero as zero', () => {
    const chart = communeChart(indicator('sum', [], [row(null), row(0)]))
    expect(chart.bars.map((b) => [b.value, b.hidden, b.text])).toEqual([[null, false, '–'], [0, false, '0 người']])
  })
})
