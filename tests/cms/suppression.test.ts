import { describe, expect, it } from 'vitest'

import { suppressSmallNumbers, type Cell } from '../../cms/progress/suppress'

const cells = (...values: (number | null)[]): Cell[] => values.map((value) => ({ value, suppressed: false }))
const shown = (list: Cell[]) => list.map((c) => (c.suppressed ? '<5' : c.value))

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
    // The smallest other part goes: 18 − 9 leaves two unknowns (3 and 6).
    expect(shown(communes)).toEqual(['<5', 9, '<5'])
  })

  it('hides the total when the only other parts are zeros', () => {
    const communes = cells(2, 0, 0)
    const [total] = cells(2)
    suppressSmallNumbers([...communes, total!], [{ parts: communes, total: total! }])
    expect(total!.suppressed).toBe(true)
  })

  it('protects women and men inside a commune row, and carries the hiding through linked groups', () => {
    const [value, female, male] = cells(7, 2, 5)
    const [allValue] = cells(20)
    const [other] = cells(13)
    suppressSmallNumbers([value!, female!, male!, allValue!, other!], [
      { parts: [female!, male!], total: value! },
      { parts: [value!, other!], total: allValue! },
    ])
    expect(shown([female!, male!])).toEqual(['<5', '<5'])
    expect(shown([value!, other!, allValue!])).toEqual([7, 13, 20])
  })

  it('hides an "of which" count when the unpublished rest is small', () => {
    const [value, ethnic] = cells(10, 8)
    suppressSmallNumbers([value!, ethnic!], [], [{ part: ethnic!, total: value! }])
    expect(ethnic!.suppressed).toBe(true) // 10 − 8 = 2 people who are not from an ethnic minority
  })
})
