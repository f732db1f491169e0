import type { MessageKey } from '../../cms/i18n/messages'

export type IndicatorRule = {
  id: number | string
  code: string
  unit: string
  aggregation: 'sum' | 'ratio' | 'latest'
  disaggregations?: ('sex' | 'ethnicMinority')[] | null
}

export type ValueRow = {
  value?: number | null
  denominator?: number | null
  female?: number | null
  male?: number | null
  ethnicMinority?: number | null
}

export type ValueField = keyof ValueRow
export type ValueProblem = { field: ValueField; key: MessageKey; vars: Record<string, string | number> }

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n)

function countProblem(field: ValueField, n: number | null | undefined, code: string): ValueProblem | null {
  if (n == null) return null
  if (!isCount(n)) return { field, key: 'reportValueNotNumber', vars: { code } }
  if (n < 0) return { field, key: 'reportValueNegative', vars: { code } }
  if (!Number.isInteger(n)) return { field, key: 'reportValueFraction', vars: { code } }
  return null
}

/**
 * What is wrong with one reported value, by the rules of its indicator: counts are whole and not
 * negative; a ratio has numerator ≤ denominator; a percentage entered directly is 0–100; women
 * plus men make the total; ethnic-minority people are part of it. Shared by the admin form and
 * the CSV import so both say the same thing.
 */
export function valueProblems(row: ValueRow, indicator: IndicatorRule): ValueProblem[] {
  const code = indicator.code
  const problems: ValueProblem[] = []
  const value = row.value
  if (value == null) return [{ field: 'value', key: 'reportValueMissing', vars: { code } }]
  if (!isCount(value)) return [{ field: 'value', key: 'reportValueNotNumber', vars: { code } }]
  const directPercent = indicator.unit.trim() === '%' && indicator.aggregation !== 'ratio'
  if (directPercent) {
    if (value < 0 || value > 100) problems.push({ field: 'value', key: 'reportPercentOver100', vars: { code } })
  } else {
    const p = countProblem('value', value, code)
    if (p) problems.push(p)
  }
  if (indicator.aggregation === 'ratio') {
    const d = row.denominator
    if (!isCount(d) || d <= 0) problems.push({ field: 'denominator', key: 'reportDenominatorMissing', vars: { code } })
    else {
      const p = countProblem('denominator', d, code)
      if (p) problems.push(p)
      else if (value > d) problems.push({ field: 'value', key: 'reportRatioOver100', vars: { code, numerator: value, denominator: d } })
    }
  }
  for (const field of ['female', 'male', 'ethnicMinority'] as const) {
    const p = countProblem(field, row[field], code)
    if (p) problems.push(p)
  }
  if (problems.length) return problems
  const { female, male, ethnicMinority } = row
  if (isCount(female) && isCount(male) && female + male !== value) {
    problems.push({ field: 'female', key: 'reportSexMismatch', vars: { code, female, male, value } })
  }
  if (isCount(ethnicMinority) && ethnicMinority > value) {
    problems.push({ field: 'ethnicMinority', key: 'reportEthnicOverTotal', vars: { code, ethnic: ethnicMinority, value } })
  }
  return problems
}
