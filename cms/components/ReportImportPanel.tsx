'use client'

import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, useState, type CSSProperties, type FormEvent } from 'react'

type Option = { id: number | string; label: string }
type ImportError = { line: number; column: string; message: string }
type Result = { ok: true; created: number; updated: number; rows: number } | { ok: false; errors: ImportError[] }
type Say = (key: string, vars?: Record<string, unknown>) => string

const api = (path: string) => `/api${path}`
const csvColumns = 'xa, ky, ma_chi_tieu, gia_tri, mau_so, nu, nam, dtts, ghi_chu'

async function options(path: string, label: (doc: Record<string, string>) => string): Promise<Option[]> {
  const res = await fetch(api(path), { credentials: 'include' })
  if (!res.ok) return []
  const { docs } = (await res.json()) as { docs: Record<string, string>[] }
  return docs.map((d) => ({ id: d.id!, label: label(d) }))
}

// Payload's own look: its theme variables and its field classes, wrapping on a narrow screen.
const panel: CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-s)', padding: 'var(--base)', marginBottom: 'calc(var(--base) * 1.5)', maxWidth: '100%' }
const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', alignItems: 'flex-end' }
const field: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 'calc(var(--base) / 4)', minWidth: 0, flex: '1 1 16rem', maxWidth: '32rem' }
const control: CSSProperties = { width: '100%', maxWidth: '100%', minWidth: 0, padding: 'calc(var(--base) / 2)', background: 'var(--theme-input-bg)', color: 'var(--theme-elevation-800)', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-s)', font: 'inherit' }

/**
 * Above the report list: import a Biểu 2.8 spreadsheet saved as CSV (all rows or none, with each
 * error's line and column), and — for the district — open the consolidation as CSV or for print.
 * In the admin's language, with Payload's button and theme.
 */
export function ReportImportPanel() {
  const { user } = useAuth<{ role?: string }>()
  const { t } = useTranslation()
  const say = t as unknown as Say
  const [plans, setPlans] = useState<Option[]>([])
  const [periods, setPeriods] = useState<Option[]>([])
  const [plan, setPlan] = useState('')
  const [period, setPeriod] = useState('')
  const [year, setYear] = useState(String(new Date().getFullYear() - 1))
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void options('/plans?depth=0&limit=100&draft=true&sort=-updatedAt', (d) => d.title!).then((list) => {
      setPlans(list)
      setPlan((p) => p || String(list[0]?.id ?? ''))
    })
  }, [])

  // Each plan reports on its own periods.
  useEffect(() => {
    if (!plan) return
    void options(`/reporting-periods?depth=0&limit=200&sort=-startDate&where[plan][equals]=${encodeURIComponent(plan)}`, (d) => `${d.name} (${d.code})`).then((list) => {
      setPeriods(list)
      setPeriod(String(list[0]?.id ?? ''))
    })
  }, [plan])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setResult(null)
    const form = new FormData(event.currentTarget)
    const res = await fetch(api(`/indicator-reports/import-csv?plan=${encodeURIComponent(plan)}`), { method: 'POST', body: form, credentials: 'include' })
    setResult((await res.json()) as Result)
    setBusy(false)
  }

  const isDistrict = user?.role === 'admin' || user?.role === 'district-officer'
  const consolidation = (query: string) => api(`/indicator-reports/consolidation?plan=${encodeURIComponent(plan)}&${query}`)
  const links = (query: string) => (
    <>
      <a href={consolidation(query)}>{say('duan8:importDownloadCsv')}</a> · <a href={consolidation(`${query}&format=html`)} target="_blank" rel="noreferrer">{say('duan8:importPrintable')}</a>
    </>
  )

  return (
    <section style={panel} aria-labelledby="report-import-title" className="report-import">
      <form onSubmit={submit}>
        <h3 id="report-import-title" style={{ marginTop: 0 }}>{say('duan8:importTitle')}</h3>
        <p>{say('duan8:importColumns', { columns: csvColumns })}</p>
        <div style={row}>
          <label style={field}>
            {say('duan8:importPlan')}
            <select style={control} value={plan} onChange={(e) => setPlan(e.target.value)} required>
              {plans.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            </select>
          </label>
          <label style={field}>
            {say('duan8:importFile')}
            <input style={control} type="file" name="file" accept=".csv,text/csv" required />
          </label>
          <Button type="submit" buttonStyle="primary" size="small" disabled={busy} margin={false}>{busy ? say('duan8:importBusy') : say('duan8:importSubmit')}</Button>
        </div>
      </form>
      {result?.ok && <p role="status">{say('duan8:importDone', { rows: result.rows, created: result.created, updated: result.updated })}</p>}
      {result && !result.ok && (
        <div role="alert">
          <p><strong>{say('duan8:importFailed', { count: result.errors.length })}</strong></p>
          <div style={{ overflowX: 'auto' }}>
            <table className="table">
              <thead><tr><th scope="col">{say('duan8:importLine')}</th><th scope="col">{say('duan8:importColumn')}</th><th scope="col">{say('duan8:importError')}</th></tr></thead>
              <tbody>{result.errors.map((e, i) => <tr key={i}><td>{e.line}</td><td>{e.column}</td><td>{e.message}</td></tr>)}</tbody>
            </table>
          </div>
        </div>
      )}
      {isDistrict && (
        <div style={{ marginTop: 'var(--base)' }}>
          <h3>{say('duan8:importConsolidation')}</h3>
          <div style={row}>
            <label style={field}>
              {say('duan8:importPeriod')}
              <select style={control} value={period} onChange={(e) => setPeriod(e.target.value)}>
                {periods.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
              </select>
            </label>
            <p style={{ margin: 0 }}>Biểu 2.8: {links(`form=bieu-2-8&period=${period}`)}</p>
          </div>
          <div style={{ ...row, marginTop: 'calc(var(--base) / 2)' }}>
            <label style={{ ...field, flex: '0 0 8rem' }}>
              {say('duan8:importYear')}
              <input style={control} type="number" value={year} min={2000} max={2100} onChange={(e) => setYear(e.target.value)} />
            </label>
            <p style={{ margin: 0 }}>Mẫu 3.1: {links(`form=mau-3-1&year=${year}`)}</p>
          </div>
        </div>
      )}
    </section>
  )
}
