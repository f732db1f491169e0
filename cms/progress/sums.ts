import type { Sums } from './types'

export const emptySums = (): Sums => ({ value: 0, denominator: null, female: null, male: null, ethnicMinority: null, reports: 0 })

const add = (a: number | null, b: number | null) => (a == null ? b : b == null ? a : a + b)

/** Two groups' totals together; a breakdown stays null only if neither group reported it. */
export function addSums(a: Sums, b: Sums): Sums {
  return {
    value: a.value + b.value,
    denominator: add(a.denominator, b.denominator),
    female: add(a.female, b.female),
    male: add(a.male, b.male),
    ethnicMinority: add(a.ethnicMinority, b.ethnicMinority),
    reports: a.reports + b.reports,
  }
}

export const sumsOf = ({ value, denominator, female, male, ethnicMinority, reports }: Sums): Sums => ({ value, denominator, female, male, ethnicMinority, reports })

export const round1 = (n: number) => Math.round(n * 10) / 10

/** value/denominator in percent; null without a positive denominator. */
export const ratioPercent = (value: number, denominator: number | null | undefined): number | null =>
  denominator && denominator > 0 ? (value / denominator) * 100 : null

/**
 * How far an indicator is toward its target, in percent (100 = reached): a ratio's percentage, or
 * the count itself, over the target. Null without a target or a value.
 */
export function towardTarget(aggregation: string, value: number, denominator: number | null | undefined, target: number | null): number | null {
  const achieved = aggregation === 'ratio' ? ratioPercent(value, denominator) : value
  return achieved != null && target ? round1((achieved / target) * 100) : null
}
