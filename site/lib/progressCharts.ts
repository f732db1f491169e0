import type { PublicIndicator, PublicRow, PublicValue } from '../../cms/progress/publicProgress'
import { PROTECTING } from '../../cms/progress/suppress'
import { round1 } from '../../cms/progress/sums'
import { t } from './i18n'
import { formatAchieved, formatTarget, formatValue, withUnit } from './progressFormat'

/** One bar: its length (null when the cell is hidden or empty) and the words written beside it. */
export type ChartBar = { label: string; value: number | null; hidden: boolean; text: string }
export type Chart = { bars: ChartBar[]; target: number | null; targetText: string | null; max: number }

const isMark = (v: PublicValue) => typeof v === 'string'
/** A row shown as a mark: its value hidden, or a ratio's denominator (its percentage cannot be drawn). */
const isHidden = (row: PublicRow, indicator: PublicIndicator) => isMark(row.value) || (indicator.aggregation === 'ratio' && isMark(row.denominator))

/** What a row of a sum or "latest" indicator measures, or a ratio's percentage; never a hidden cell's. */
function measured(row: PublicRow, indicator: PublicIndicator): number | null {
  if (indicator.aggregation === 'ratio') return row.percent
  return typeof row.value === 'number' ? row.value : null
}

function chartOf(bars: ChartBar[], indicator: PublicIndicator): Chart {
  const target = indicator.target
  const lengths = bars.map((b) => b.value ?? 0)
  return {
    bars,
    target,
    targetText: target == null ? null : formatTarget(indicator),
    // A percentage chart keeps 0–100 in view; a count's runs to its target or its largest bar.
    max: Math.max(1, target ?? 0, ...lengths, indicator.aggregation === 'ratio' ? 100 : 0),
  }
}

/**
 * Progress over the periods, against the target. A count adds up from period to period (what has
 * been achieved by the end of each); once a period is hidden, every later running total is too,
 * since it would give the hidden one away. Percentages and latest values are drawn per period.
 */
export function periodChart(indicator: PublicIndicator): Chart {
  let runningTotal: number | null = 0
  const bars = indicator.byPeriod.map((row): ChartBar => {
    if (indicator.aggregation !== 'sum') {
      const value = measured(row, indicator)
      return { label: row.period, value, hidden: isHidden(row, indicator), text: formatAchieved(row, indicator) }
    }
    if (isHidden(row, indicator) || runningTotal == null) {
      runningTotal = null
      // The running total is hidden, whatever the period's own mark: "<5" would misstate it.
      return { label: row.period, value: null, hidden: true, text: PROTECTING }
    }
    runningTotal = round1(runningTotal + (typeof row.value === 'number' ? row.value : 0))
    return { label: row.period, value: runningTotal, hidden: false, text: withUnit(formatValue(runningTotal), indicator.unit) }
  })
  return chartOf(bars, indicator)
}

/** The communes side by side, each with what it achieved in the summary. */
export function communeChart(indicator: PublicIndicator): Chart {
  return chartOf(
    indicator.byCommune.map((row) => ({ label: row.orgUnit, value: measured(row, indicator), hidden: isHidden(row, indicator), text: formatAchieved(row, indicator) })),
    indicator,
  )
}

/** The chart in words, for anyone who cannot see it: every bar, and the target. */
export function describeChart(chart: Chart): string {
  const bars = chart.bars.map((b) => `${b.label}: ${b.text}`).join('; ')
  return chart.targetText ? `${bars}. ${t('progress.chartTarget', { target: chart.targetText })}.` : `${bars}.`
}

/** A chart is worth drawing when at least one bar has a length or is hidden (never a row of zeros standing for "nothing"). */
export const hasBars = (chart: Chart) => chart.bars.some((b) => b.value != null || b.hidden)
