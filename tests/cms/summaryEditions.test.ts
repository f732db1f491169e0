import { describe, expect, it } from 'vitest'

import type { PlanProgress } from '../../cms/progress/aggregate'
import { toPublicProgress, type PublicIndicator } from '../../cms/progress/publicProgress'
import { emptySums } from '../../cms/progress/sums'
import type { Sums } from '../../cms/progress/types'

/**
 * A sensitive count published in two editions: whatever the second edition hides must stay
 * hidden from someone who subtracts the first edition's numbers from it.
 */
const sums = (value: number, female: number, male: number): Sums => ({ ...emptySums(), value, female, male, reports: 1 })
const progress = (asOf: string, total: Sums, communes: [string, Sums][], periods: [string, Sums][]): PlanProgress => ({
  plan: { id: 1, title: 'Kế hoạch', slug: 'ke-hoach' },
  asOf,
  completeness: [],
  indicators: [
    {
      id: 1, code: 'NN-01', name: 'Nạn nhân được hỗ trợ', unit: 'người', aggregation: 'sum', sensitive: true, target: null, targetYear: null,
      total,
      byCommune: communes.map(([name, s], k) => ({ orgUnit: { id: k + 1, name }, ...s })),
      byPeriod: periods.map(([code, s], k) => ({ period: { id: k + 1, name: code, code }, ...s })),
    },
  ],
})
const indicatorOf = (p: ReturnType<typeof toPublicProgress>): PublicIndicator => p.indicators[0]!
const isNumber = (v: unknown): v is number => typeof v === 'number'

describe('editions of a summary compared', () => {
  it('hides a new total whose growth since the last edition is a small count, and every cell that would give it away', () => {
    // Edition 1: 2024-H1 only. Edition 2 adds 2024-H2, in which 3 more people were counted in Xã An.
    const first = toPublicProgress(progress('2024-06-30', sums(20, 12, 8), [['Xã An', sums(10, 6, 4)], ['Xã Bình', sums(10, 6, 4)]], [['2024-H1', sums(20, 12, 8)]]))
    const second = toPublicProgress(
      progress('2024-12-31', sums(23, 14, 9), [['Xã An', sums(13, 8, 5)], ['Xã Bình', sums(10, 6, 4)]], [['2024-H1', sums(20, 12, 8)], ['2024-H2', sums(3, 2, 1)]]),
      [first],
    )
    const [a, b] = [indicatorOf(first), indicatorOf(second)]
    expect(a.total.value).toBe(20)
    // The attack: for every cell shown in both editions, the difference must not be a small count.
    const pairs: [unknown, unknown][] = [
      [a.total.value, b.total.value], [a.total.female, b.total.female], [a.total.male, b.total.male],
      ...a.byCommune.flatMap((c) => {
        const now = b.byCommune.find((x) => x.orgUnit === c.orgUnit)!
        return [[c.value, now.value], [c.female, now.female], [c.male, now.male]] as [unknown, unknown][]
      }),
    ]
    for (const [before, after] of pairs) {
      if (isNumber(before) && isNumber(after)) expect(after - before === 0 || after - before >= 5, `${before} → ${after}`).toBe(true)
    }
    // The new period's small count is hidden as small; no "<5" anywhere stands for 5 or more.
    expect(b.byPeriod.find((p) => p.periodCode === '2024-H2')!.value).toBe('<5')
    expect(b.total.value).toBe('ẩn')
  })

  it('keeps an earlier hidden count hidden: a later edition cannot show both its total and everything added since', () => {
    const first = toPublicProgress(progress('2024-06-30', sums(3, 2, 1), [['Xã An', sums(3, 2, 1)]], [['2024-H1', sums(3, 2, 1)]]))
    expect(indicatorOf(first).total.value).toBe('<5')
    const second = indicatorOf(
      toPublicProgress(progress('2024-12-31', sums(12, 6, 6), [['Xã An', sums(12, 6, 6)]], [['2024-H1', sums(3, 2, 1)], ['2024-H2', sums(9, 4, 5)]]), [first]),
    )
    // 12 shown and 9 added in 2024-H2 shown would give the first edition's 3 away.
    const h2 = second.byPeriod.find((p) => p.periodCode === '2024-H2')!
    expect(isNumber(second.total.value) && isNumber(h2.value)).toBe(false)
  })
})

describe('editions compared, cells that stay or shrink', () => {
  it('keeps a period hidden in every later edition once one has hidden it', () => {
    // Edition 1 hides H2's 3 and, to protect it, H1's 9; edition 2 must not show H1 (12 − 9 = 3).
    const periods = (...more: [string, Sums][]) => [['2024-H1', sums(9, 5, 4)], ['2024-H2', sums(3, 2, 1)], ...more] as [string, Sums][]
    const first = toPublicProgress(progress('2024-12-31', sums(12, 7, 5), [['Xã An', sums(12, 7, 5)]], periods()))
    expect(indicatorOf(first).byPeriod.map((p) => p.value)).toEqual(['ẩn', '<5'])
    const second = indicatorOf(toPublicProgress(progress('2025-06-30', sums(18, 10, 8), [['Xã An', sums(18, 10, 8)]], periods(['2025-H1', sums(6, 3, 3)])), [first]))
    expect(second.byPeriod.filter((p) => p.periodCode !== '2025-H1').map((p) => p.value)).toEqual(['ẩn', '<5'])
  })

  it('hides a count that fell by 1 to 4 since the last edition (a report reopened), as one that rose', () => {
    const communes = (b: Sums) => [['Xã An', sums(10, 5, 5)], ['Xã Bình', b], ['Xã Cát', sums(8, 4, 4)]] as [string, Sums][]
    const first = toPublicProgress(progress('2024-12-31', sums(21, 11, 10), communes(sums(3, 2, 1)), [['2024-H2', sums(21, 11, 10)]]))
    expect(indicatorOf(first).total.value).toBe(21)
    const second = indicatorOf(toPublicProgress(progress('2024-12-31', sums(18, 9, 9), communes(sums(0, 0, 0)), [['2024-H2', sums(18, 9, 9)]]), [first]))
    expect(second.total.value).not.toBe(18)
  })
})
