'use client'

import { useConfig, useForm, useFormFields, useFormInitializing, useFormProcessing, useFormSubmitted, useTranslation } from '@payloadcms/ui'
import type { ArrayFieldClientComponent, FormState } from 'payload'
import { useEffect, useState } from 'react'

import { idOf } from '../../../collections/fields/relations'
import type { EntrySection } from '../../reporting/entryRows'
import { type CellValue, type ColumnField, gridColumns, isBlank, parseCell } from './columns'
import { GridRow } from './GridRow'
import { moveInColumn } from './keyboard'
import './ReportValuesGrid.css'

type Say = (key: string, vars?: Record<string, unknown>) => string
type Loaded = { query: string; sections: EntrySection[] } | { query: string; error: string }

const valueOf = (fields: FormState, path: string) => fields[path]?.value

/** The indicator each row of the form's `values` holds, by row index. */
function heldRows(fields: FormState, path: string): string[] {
  const count = fields[path]?.rows?.length ?? 0
  return Array.from({ length: count }, (_, i) => String(idOf(valueOf(fields, `${path}.${i}.indicator`))))
}

/**
 * The report's values as one grid, in the manner of DHIS2's section forms: a row per indicator the
 * plan asks for in the period, by content area, with its target; columns value, denominator, women,
 * men, ethnic minority and note. A row enters the report when something is typed in it and leaves
 * it when emptied. Cells are checked as the server checks them, in the same words.
 */
export const ReportValuesGrid: ArrayFieldClientComponent = ({ field, path: pathProp, schemaPath: schemaPathProp, readOnly: readOnlyProp }) => {
  const path = pathProp ?? field.name
  const schemaPath = schemaPathProp ?? field.name
  const { t, i18n } = useTranslation()
  const say = t as unknown as Say
  const { config } = useConfig()
  const { addFieldRow, dispatchFields, removeFieldRow, setModified } = useForm()
  const submitted = useFormSubmitted()
  // While the form saves or loads, Payload replaces its values: typing then would be lost.
  const processing = useFormProcessing()
  const initializing = useFormInitializing()
  const busy = processing || initializing
  const fields = useFormFields(([state]) => state)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [left, setLeft] = useState<Set<string>>(new Set())
  const [announced, setAnnounced] = useState('')

  const plan = idOf(valueOf(fields, 'plan'))
  const period = idOf(valueOf(fields, 'period'))
  const orgUnit = idOf(valueOf(fields, 'orgUnit'))
  const held = heldRows(fields, path)
  const readOnly = Boolean(readOnlyProp) || busy || fields.status?.initialValue === 'approved'

  const query = plan != null && period != null ? `plan=${encodeURIComponent(plan)}&period=${encodeURIComponent(period)}&orgUnit=${encodeURIComponent(orgUnit ?? '')}` : null
  const sections = loaded && loaded.query === query && 'sections' in loaded ? loaded.sections : null
  const listed = new Set(sections?.flatMap((s) => s.rows.map((r) => String(r.indicator.id))) ?? [])
  // A saved row whose indicator the last answer did not list (an indicator no longer due) is asked for by id.
  const unlisted = held.filter((id) => id !== 'null' && !listed.has(id)).sort().join(',')

  useEffect(() => {
    if (!query || (loaded?.query === query && !unlisted)) return
    const controller = new AbortController()
    // On the address the admin was opened at (it may not be CMS_PUBLIC_URL), as the admin's own requests are.
    const url = `${config.routes.api}/indicator-reports/entry-rows?${query}&also=${encodeURIComponent(held.join(','))}`
    fetch(url, { credentials: 'include', signal: controller.signal, headers: { 'Accept-Language': i18n.language } })
      .then(async (res) => {
        const body = (await res.json()) as { sections?: EntrySection[]; errors?: { message: string }[] }
        setLoaded(body.sections ? { query, sections: body.sections } : { query, error: body.errors?.[0]?.message ?? res.statusText })
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ query, error: `${say('duan8:gridLoadFailed')} (${String(error)})` })
      })
    return () => controller.abort()
    // `held` is read when a new indicator turns up (`unlisted`), not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, unlisted])

  const draftKey = (indicatorId: unknown, column: ColumnField) => `${String(indicatorId)}:${column}`

  function setCell(indicatorId: number | string, column: ColumnField, text: string) {
    const numeric = gridColumns.find((c) => c.field === column)!.numeric
    const value: CellValue = parseCell(text, numeric)
    setDrafts((d) => ({ ...d, [draftKey(indicatorId, column)]: text }))
    const index = held.indexOf(String(indicatorId))
    if (index < 0) {
      if (isBlank(value)) return
      const subFieldState: FormState = { indicator: { value: indicatorId, initialValue: undefined, valid: true, passesCondition: true } }
      for (const c of gridColumns) subFieldState[c.field] = { value: c.field === column ? value : null, initialValue: undefined, valid: true, passesCondition: true }
      addFieldRow({ path, schemaPath, subFieldState })
      return
    }
    const others = gridColumns.filter((c) => c.field !== column).map((c) => valueOf(fields, `${path}.${index}.${c.field}`))
    if (isBlank(value) && others.every(isBlank)) {
      removeFieldRow({ path, rowIndex: index })
      return
    }
    dispatchFields({ type: 'UPDATE', path: `${path}.${index}.${column}`, value })
    setModified(true)
  }

  /** What the officer typed, while it still stands for what the form holds (a reload replaces it). */
  function draftOf(indicatorId: number | string, index: number | null, column: ColumnField): string | undefined {
    const draft = drafts[draftKey(indicatorId, column)]
    if (draft === undefined) return undefined
    const numeric = gridColumns.find((c) => c.field === column)!.numeric
    const stored = index == null ? null : (valueOf(fields, `${path}.${index}.${column}`) ?? null)
    return parseCell(draft, numeric) === stored ? draft : undefined
  }

  const label = typeof field.label === 'object' && field.label ? ((field.label as Record<string, string>)[i18n.language] ?? (field.label as Record<string, string>).vi) : field.name
  const hintId = `${path}-grid-keys`

  return (
    <div className="report-grid field-type" id={`field-${path}`}>
      <h3 className="report-grid__title" id={`${path}-grid-title`}>{label}</h3>
      {!query && <p>{say('duan8:gridEmpty')}</p>}
      {query && loaded?.query !== query && <p role="status">{say('duan8:gridLoading')}</p>}
      {loaded && 'error' in loaded && loaded.query === query && <p role="alert">{loaded.error}</p>}
      {sections && sections.length === 0 && <p>{say('duan8:gridNothingDue')}</p>}
      {sections && sections.length > 0 && (
        <>
          <p id={hintId} className="report-grid__hint">{say('duan8:gridKeys')}</p>
          <p className="report-grid__sr" aria-live="polite">{announced}</p>
          <div className="report-grid__scroll">
            <table aria-labelledby={`${path}-grid-title`} aria-describedby={hintId} onKeyDown={moveInColumn}>
              <thead>
                <tr>
                  <th scope="col">{say('duan8:gridIndicator')}</th>
                  <th scope="col">{say('duan8:gridTarget')}</th>
                  {gridColumns.map((c) => (
                    <th scope="col" key={c.field}>{say(`duan8:${c.header}`)}</th>
                  ))}
                </tr>
              </thead>
              {sections.map((section) => (
                <tbody key={section.contentArea}>
                  <tr>
                    <th scope="rowgroup" colSpan={gridColumns.length + 2} className="report-grid__section">{section.label}</th>
                  </tr>
                  {section.rows.map((entry) => {
                    const id = entry.indicator.id
                    const index = held.indexOf(String(id))
                    const at = index < 0 ? null : index
                    return (
                      <GridRow
                        key={String(id)}
                        entry={entry}
                        index={at}
                        fields={fields}
                        path={path}
                        readOnly={readOnly}
                        checked={submitted || left.has(String(id))}
                        draftOf={(column) => draftOf(id, at, column)}
                        onCell={(column, text) => setCell(id, column, text)}
                        onLeave={(problems) => {
                          setLeft((s) => (s.has(String(id)) ? s : new Set(s).add(String(id))))
                          setAnnounced(problems.join(' '))
                        }}
                        onRemove={() => at != null && removeFieldRow({ path, rowIndex: at })}
                        say={say}
                      />
                    )
                  })}
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}
    </div>
  )
}
