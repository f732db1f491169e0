import type { KeyboardEvent } from 'react'

/**
 * DHIS2's data-entry keys on top of the browser's: Tab and Shift+Tab move along a row; Enter or ↓
 * moves to the same column in the next row that has it, Shift+Enter or ↑ to the previous one.
 * Enter never submits the form from the grid.
 */
export function moveInColumn(event: KeyboardEvent<HTMLElement>): void {
  const input = event.target as HTMLElement
  const column = input.dataset.column
  if (!column || input.tagName !== 'INPUT') return
  const down = (event.key === 'Enter' && !event.shiftKey) || event.key === 'ArrowDown'
  const up = (event.key === 'Enter' && event.shiftKey) || event.key === 'ArrowUp'
  if (!down && !up) return
  event.preventDefault()
  const inColumn = [...event.currentTarget.querySelectorAll<HTMLInputElement>(`input[data-column="${column}"]`)]
  const next = inColumn[inColumn.indexOf(input as HTMLInputElement) + (down ? 1 : -1)]
  if (next) {
    next.focus()
    next.select()
  }
}
