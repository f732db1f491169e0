import { describe, expect, it } from 'vitest'

import { shownValue, suppressSmallNumbers, type Cell } from '../../cms/progress/suppress'

const cells = (...values: (number | null)[]): Cell[] => values.map((value) => ({ value, suppressed: false }))
const shown = (list: Cell[]) => list.map(shownValue)

describe('small-number suppression', () => {
  it('hides every value from 1 to 4 and shows 0 and 5 or more', () => {
    const list = cells(0, 1, 4, 5, 12, null)
    suppressSmallNumbers(list, [])
    expect(shown(list)).toEqual([0, '<5', '<5', 5, 12, null])
  })

  it('hides a second commune when one hidden commune could be worked out from the total', () => {
    const communes = cells(3, 9, 6)
    const [total] = cells(18)
    suppressSmallNumbers([...communes, total!], [{ parts: communes, total: total! }])
    expect(total!.suppressed).toBe(false)
    // The smallest other part goes: 18 − 9 leaves two unknowns (3 and 6). It is not small: it shows its own mark.
    expect(shown(communes)).toEqual(['<5', 9, 'ẩn'])
  })

  it('hides the total when the only other parts are zeros', () => {
    const communes = cells(2, 0, 0)
    const [total] = cells(2)
    suppressSmallNumbers([...communes, total!], [{ parts: communes, total: total! }])
    expect(total!.suppressed).toBe('small')
  })

  it('protects women and men inside a commune row, and carries the hiding through linked groups', () => {
    const [value, female, male] = cells(7, 2, 5)
    const [allValue] = cells(20)
    const [other] = cells(13)
    suppressSmallNumbers([value!, female!, male!, allValue!, other!], [
      { parts: [female!, male!], total: value! },
      { parts: [value!, other!], total: allValue! },
    ])
    expect(shown([female!, male!])).toEqual(['<5', 'ẩn'])
    expect(shown([value!, other!, allValue!])).toEqual([7, 13, 20])
  })

  it('hides an "of which" count when the unpublished rest is small', () => {
    const [value, ethnic] = cells(10, 8)
    suppressSmallNumbers([value!, ethnic!], [], [{ part: ethnic!, total: value! }])
    expect(shown([ethnic!])).toEqual(['ẩn']) // 10 − 8 = 2 people who are not from an ethnic minority
  })
})

describe('what a published table says', () => {
  /** A small deterministic generator, so a failure can be replayed. */
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)

  it('never shows "<5" for anything but a count from 1 to 4, and never shows such a count (5,000 random tables)', () => {
    const next = random(8)
    const count = () => (next() < 0.4 ? Math.floor(next() * 5) : Math.floor(next() * 30))
    for (let table = 0; table < 5000; table++) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
        const [female, male] = [count(), count()]
        return cells(female + male, female, male)
      })
      const totals = cells(...[0, 1, 2].map((k) => rows.reduce((s, r) => s + r[k]!.value!, 0)))
      const groups = [...rows, totals].map(([value, female, male]) => ({ parts: [female!, male!], total: value! }))
      for (const k of [0, 1, 2]) groups.push({ parts: rows.map((r) => r[k]!), total: totals[k]! })
      const all = [...rows.flat(), ...totals]
      suppressSmallNumbers(all, groups)
      for (const cell of all) {
        const small = cell.value! >= 1 && cell.value! <= 4
        expect(shownValue(cell) === '<5', `table ${table}: ${cell.value} shown as ${shownValue(cell)}`).toBe(small)
        if (small) expect(cell.suppressed).toBe('small')
      }
    }
  })
})
