/** A published count from 1 to 4 of a sensitive indicator shows as this — only such a count. */
export const SMALL = '<5'
/**
 * A cell hidden so that no small count can be worked out from the others (complementary
 * suppression): its value may be anything, so it never shows as "<5".
 */
export const PROTECTING = 'ẩn'

export type Hidden = false | 'small' | 'protecting'
/** `fixed`: published before (an earlier edition) — its state can no longer change, only be protected. */
export type Cell = { value: number | null; suppressed: Hidden; fixed?: boolean }
/** Cells that add up to a published total, e.g. communes → district, women + men → all. */
export type AdditiveGroup = { parts: Cell[]; total: Cell }
/** A breakdown "of which" whose remainder (total − part) is never published, e.g. ethnic minority. */
export type OfWhich = { part: Cell; total: Cell }

const small = (v: number | null) => v != null && v >= 1 && v <= 4

/** What a cell shows: its number, "<5" for a small count, "ẩn" for a cell hidden to protect another. */
export const shownValue = (cell: Cell): number | typeof SMALL | typeof PROTECTING | null =>
  cell.suppressed === 'small' ? SMALL : cell.suppressed === 'protecting' ? PROTECTING : cell.value

/**
 * Small-number suppression with complementary suppression. Primary: every cell from 1 to 4.
 * Then, until nothing changes: where a published total has exactly one hidden part (which
 * total − the others would give away), hide the smallest other part too, or the total if there is
 * none; where a hidden total's parts are all shown, hide them; an "of which" part is hidden when
 * the unpublished remainder is itself from 1 to 4. Cells published before are never changed.
 */
export function suppressSmallNumbers(cells: Cell[], groups: AdditiveGroup[], ofWhich: OfWhich[] = []): void {
  for (const cell of cells) if (!cell.fixed && small(cell.value)) cell.suppressed = 'small'
  let changed = true
  const hideable = (cell: Cell) => !cell.fixed && !cell.suppressed
  const hide = (cell: Cell) => {
    if (hideable(cell)) {
      cell.suppressed = 'protecting'
      changed = true
    }
  }
  while (changed) {
    changed = false
    for (const { part, total } of ofWhich) {
      if (total.value != null && part.value != null && !total.suppressed && !part.suppressed && small(total.value - part.value)) hide(part)
    }
    for (const { parts, total } of groups) {
      const present = parts.filter((p) => p.value != null)
      const hidden = present.filter((p) => p.suppressed)
      if (!total.suppressed && hidden.length === 1) {
        const shown = present.filter(hideable).sort((a, b) => (a.value === 0 ? 1 : 0) - (b.value === 0 ? 1 : 0) || a.value! - b.value!)
        hide(shown[0] ?? total)
      }
      if (total.suppressed && hidden.length === 0 && present.length > 0) present.forEach(hide)
    }
  }
}
