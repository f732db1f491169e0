'use client'

import { Button } from '@payloadcms/ui'
import type { FormState } from 'payload'

import { writeNumber } from '../../../collections/IndicatorReports/numberText'
import { valueProblems, type ValueRow } from '../../../collections/IndicatorReports/valueRules'
import type { EntryRow } from '../../reporting/entryRows'
import { type ColumnField, formatCell, gridColumns, isBlank, rateOf } from './columns'

type Say = (key: string, vars?: Record<string, unknown>) => string
type Problem = { field: ColumnField | 'indicator'; message: string }

export type GridRowProps = {
  entry: EntryRow
  /** The row's place in the form's `values`, or null while nothing has been typed for it. */
  index: number | null
  fields: FormState
  path: string
  readOnly: boolean
  /** Checks are shown once the officer has left the row, or tried to save. */
  checked: boolean
  draftOf: (column: ColumnField) => string | undefined
  onCell: (column: ColumnField, text: string) => void
  /** Called with the row's problems when focus leaves it, for the grid to announce. */
  onLeave: (problems: string[]) => void
  onRemove: () => void
  say: Say
}

const rowFields = ['indicator', ...gridColumns.map((c) => c.field)] as const

/** One indicator's row: its name and target, a cell per column it asks for, and what is wrong with it. */
export function GridRow({ entry, index, fields, path, readOnly, checked, draftOf, onCell, onLeave, onRemove, say }: GridRowProps) {
  const { indicator, target } = entry
  const key = `report-grid-${indicator.id}`
  const stored = (field: string) => (index == null ? undefined : fields[`${path}.${index}.${field}`])
  const row = Object.fromEntries(gridColumns.map((c) => [c.field, stored(c.field)?.value ?? null])) as ValueRow & { note?: unknown }

  // The same checks and words as the server (collections/IndicatorReports/valueRules.ts), then
  // whatever else the server said about this row on the last save.
  const ownChecks: Problem[] = index == null ? [] : valueProblems(row, indicator).map((p) => ({ field: p.field, message: say(`duan8:${p.key}`, p.vars) }))
  const problems: Problem[] = checked ? [...ownChecks] : []
  for (const field of rowFields) {
    const state = stored(field)
    if (state?.valid === false && state.errorMessage && !problems.some((p) => p.field === field || p.message === state.errorMessage)) {
      problems.push({ field, message: state.errorMessage })
    }
  }
  const problemId = (i: number) => `${key}-problem-${i}`
  // A problem of the whole row (not due, entered twice) belongs to its value cell.
  const concerns = (p: Problem, field: ColumnField) => p.field === field || (field === 'value' && p.field === 'indicator')
  const describedBy = (field: ColumnField) => problems.flatMap((p, i) => (concerns(p, field) ? [problemId(i)] : [])).join(' ') || undefined

  const targetText = target ? `${writeNumber(target.value)}${target.unit.trim() === '%' ? '' : ' '}${target.unit.trim()}` : '—'
  const rate = indicator.aggregation === 'ratio' ? rateOf(row.value, row.denominator) : null

  return (
    <>
      <tr
        className={problems.length ? 'report-grid__row report-grid__row--invalid' : 'report-grid__row'}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onLeave([...ownChecks, ...problems].map((p) => p.message).filter((m, i, all) => all.indexOf(m) === i))
        }}
      >
        <th scope="row" id={`${key}-name`}>
          <span className="report-grid__code">{indicator.code}</span> {indicator.name}
          {!entry.due && <span className="report-grid__not-due"> ({say('duan8:gridNotDue')})</span>}
          {!entry.due && index != null && !readOnly && (
            <Button buttonStyle="secondary" size="small" margin={false} onClick={onRemove}>
              {say('duan8:gridRemoveRow', { code: indicator.code })}
            </Button>
          )}
        </th>
        <td className="report-grid__target">
          {target?.year ? say('duan8:gridTargetByYear', { target: targetText, year: target.year }) : targetText}
          {rate && <span className="report-grid__rate">{say('duan8:gridRate', { rate })}</span>}
        </td>
        {gridColumns.map((column) => {
          const value = row[column.field as keyof typeof row]
          if (!column.asks(indicator) && isBlank(value)) {
            return (
              <td key={column.field} className="report-grid__na">
                <span aria-hidden="true">—</span>
                <span className="report-grid__sr">{say('duan8:gridNotAsked')}</span>
              </td>
            )
          }
          const draft = draftOf(column.field)
          const header = column.field === 'value' && indicator.aggregation === 'ratio' ? 'gridNumerator' : column.header
          const invalid = problems.some((p) => concerns(p, column.field))
          return (
            <td key={column.field}>
              <input
                id={`${key}-${column.field}`}
                type="text"
                inputMode={column.numeric ? 'decimal' : undefined}
                autoComplete="off"
                data-column={column.field}
                aria-label={`${say(`duan8:${header}`)}, ${indicator.code}`}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy(column.field)}
                readOnly={readOnly}
                value={draft ?? formatCell(value)}
                onChange={(e) => onCell(column.field, e.target.value)}
              />
            </td>
          )
        })}
      </tr>
      {problems.length > 0 && (
        <tr className="report-grid__problems">
          <td colSpan={gridColumns.length + 2}>
            <ul>
              {problems.map((p, i) => (
                <li key={p.message} id={problemId(i)}>
                  {p.message}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  )
}
