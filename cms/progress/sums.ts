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
