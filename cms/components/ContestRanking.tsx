'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Row = { entry: number | string; title: string; sheets: number; average: number; spread: number }

/** The organisers' view of the ranking inside the contest: weighted average of complete sheets, spread between judges. */
export function ContestRanking() {
  const { id } = useDocumentInfo()
  const [rows, setRows] = useState<Row[] | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!id) return
    fetch(`/api/contests/${id}/ranking`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : Promise.reject(res.status)))
      .then((data: { ranking: Row[] }) => setRows(data.ranking))
      .catch(() => setFailed(true))
  }, [id])

  if (!id) return <p>Lưu hội thi trước để xem xếp hạng.</p>
  if (failed) return <p>Chỉ Ban tổ chức xem được xếp hạng.</p>
  if (!rows) return <p>Đang tính xếp hạng…</p>
  if (rows.length === 0) return <p>Chưa có phiếu chấm nào đủ tiêu chí.</p>
  return (
    <table>
      <caption style={{ textAlign: 'left', fontWeight: 700 }}>Xếp hạng theo điểm bình quân có trọng số (chỉ phiếu chấm đủ tiêu chí)</caption>
      <thead><tr><th>Hạng</th><th>Bài dự thi</th><th>Số phiếu</th><th>Điểm bình quân</th><th>Chênh lệch giữa giám khảo</th></tr></thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={String(r.entry)}>
            <td>{i + 1}</td>
            <td><a href={`/admin/collections/contest-entries/${r.entry}`}>{r.title}</a></td>
            <td>{r.sheets}</td>
            <td>{r.average.toLocaleString('vi-VN')}</td>
            <td>{r.spread.toLocaleString('vi-VN')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
