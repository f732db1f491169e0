export type Id = number | string

/** Totals of one group of approved values; a null breakdown means nobody reported it. */
export type Sums = {
  value: number
  denominator: number | null
  female: number | null
  male: number | null
  ethnicMinority: number | null
  reports: number
}

/** What the database returns for one plan as of a date, before names, targets and suppression. */
export type AggregateRows = {
  /** Per indicator and commune: counts summed over periods; ratios and latest values from the commune's latest period. */
  byCommune: ({ indicator: Id; orgUnit: Id } & Sums)[]
  /** Per indicator and period, over all communes. */
  byPeriod: ({ indicator: Id; period: Id } & Sums)[]
  /** Per indicator, over everything (same rule as byCommune). */
  totals: ({ indicator: Id } & Sums)[]
  /** Reports received (submitted or approved) per period, for completeness. */
  received: { period: Id; received: number; approved: number; late: number }[]
}

/** A plan's approved values for periods ended by `asOf`, optionally only the listed periods. */
export type AggregateQuery = { plan: Id; asOf: string; periods?: Id[] }
