'use client'

import { useAuth } from '@payloadcms/ui'
import { useEffect, useState, type FormEvent } from 'react'

type Option = { id: number | string; label: string }
type ImportError = { line: number; column: string; message: string }
type Result = { ok: true; created: number; updated: number; rows: number } | { ok: false; errors: ImportError[] }

const api = (path: string) => `/api${path}`

async function options(path: string, label: (doc: Record<string, string>) => string): Promise<Option[]> {
  const res = await fetch(api(path), { credentials: 'include' })
  if (!res.ok) return []
  const { docs } = (await res.json()) as { docs: Record<string, string>[] }
  return docs.map((d) => ({ id: d.id!, label: label(d) }))
}

/**
 * Above the report list: import a Biểu 2.8 spreadsheet saved as CSV (all rows or none, with each
 * error's line and column), and — for the district — open the consolidation as CSV or for print.
 */
export function ReportImportPanel() {
  const { user } = useAuth<{ role?: string }>()
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

  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', padding: '1rem', marginBottom: '1.5rem' }}>
      <form onSubmit={submit}>
        <h3 style={{ marginTop: 0 }}>Nhập số liệu từ tệp CSV (Biểu 2.8)</h3>
        <p>
          Các cột: <code>xa, ky, ma_chi_tieu, gia_tri, mau_so, nu, nam, dtts, ghi_chu</code> — mỗi dòng một chỉ số của một xã trong một kỳ.
          Tệp có lỗi sẽ không được lưu dòng nào.
        </p>
        <label>
          Kế hoạch{' '}
          <select value={plan} onChange={(e) => setPlan(e.target.value)} required>
            {plans.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
          </select>
        </label>{' '}
        <label>
          Tệp CSV <input type="file" name="file" accept=".csv,text/csv" required />
        </label>{' '}
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>{busy ? 'Đang nhập…' : 'Nhập số liệu'}</button>
      </form>
      {result?.ok && <p role="status">Đã nhập {result.rows} dòng: {result.created} báo cáo mới, {result.updated} báo cáo được cập nhật (trạng thái “Đang soạn”). Tải lại trang để xem.</p>}
      {result && !result.ok && (
        <div role="alert">
          <p><strong>Tệp có {result.errors.length} lỗi; chưa có số liệu nào được lưu.</strong></p>
          <table>
            <thead><tr><th>Dòng</th><th>Cột</th><th>Lỗi</th></tr></thead>
            <tbody>{result.errors.map((e, i) => <tr key={i}><td>{e.line}</td><td>{e.column}</td><td>{e.message}</td></tr>)}</tbody>
          </table>
        </div>
      )}
      {isDistrict && (
        <div style={{ marginTop: '1rem' }}>
          <h3>Tổng hợp của huyện</h3>
          <label>
            Kỳ{' '}
            <select value={period} onChange={(e) => setPeriod(e.target.value)}>
              {periods.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            </select>
          </label>{' '}
          Biểu 2.8: <a href={consolidation(`form=bieu-2-8&period=${period}`)}>tải CSV</a> · <a href={consolidation(`form=bieu-2-8&period=${period}&format=html`)} target="_blank" rel="noreferrer">bản in</a>
          <br />
          <label>
            Năm <input type="number" value={year} min={2000} max={2100} onChange={(e) => setYear(e.target.value)} style={{ width: '6rem' }} />
          </label>{' '}
          Mẫu 3.1: <a href={consolidation(`form=mau-3-1&year=${year}`)}>tải CSV</a> · <a href={consolidation(`form=mau-3-1&year=${year}&format=html`)} target="_blank" rel="noreferrer">bản in</a>
        </div>
      )}
    </div>
  )
}
