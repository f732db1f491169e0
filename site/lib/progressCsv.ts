import { stringify } from 'csv-stringify/sync'

import { calendarDay } from '../../cms/i18n/dates'
import type { PublicProgress, PublicRow } from '../../cms/progress/publicProgress'

/** The columns of every CSV under /du-lieu/, documented on that page in the same order. */
export const csvColumns = [
  ['ban_so', 'Số thứ tự bản tổng hợp (bản sau thay thế bản trước)'],
  ['so_lieu_den_ngay', 'Số liệu tính đến ngày (YYYY-MM-DD, giờ Việt Nam)'],
  ['ma_chi_tieu', 'Mã chỉ số trong danh mục'],
  ['ten_chi_tieu', 'Tên chỉ số'],
  ['don_vi_tinh', 'Đơn vị tính'],
  ['cach_tong_hop', 'sum: cộng dồn; ratio: tỷ lệ % = tử số/mẫu số; latest: giá trị mới nhất'],
  ['pham_vi', 'tong: toàn kế hoạch; xa: theo xã; ky: theo kỳ báo cáo'],
  ['don_vi_hoac_ky', 'Tên xã (pham_vi = xa) hoặc tên kỳ (pham_vi = ky)'],
  ['gia_tri', 'Giá trị (tử số với chỉ số tỷ lệ); "<5" là số từ 1 đến 4 được ẩn để bảo vệ người trong cuộc; "ẩn" là ô được ẩn để không suy ra được số đã ẩn, giá trị bất kỳ (cũng dùng cho các cột mau_so, nu, nam, dtts)'],
  ['mau_so', 'Mẫu số (chỉ số tỷ lệ)'],
  ['ty_le_phan_tram', 'Tỷ lệ % (chỉ số tỷ lệ)'],
  ['nu', 'Trong đó: nữ'],
  ['nam', 'Trong đó: nam'],
  ['dtts', 'Trong đó: người dân tộc thiểu số'],
  ['chi_tieu', 'Giá trị chỉ tiêu của kế hoạch (chỉ ở dòng tổng)'],
  ['dat_phan_tram', 'Mức đạt so với chỉ tiêu, % (chỉ ở dòng tổng)'],
] as const

/** RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read the diacritics. */
export function progressCsv(data: PublicProgress, edition: number): string {
  const records: (string | number | null)[][] = [csvColumns.map(([name]) => name)]
  const asOf = calendarDay(data.asOf)
  for (const i of data.indicators) {
    const row = (scope: string, name: string, r: PublicRow, totals = false) =>
      [edition, asOf, i.code, i.name, i.unit, i.aggregation, scope, name, r.value, r.denominator, r.percent, r.female, r.male, r.ethnicMinority, totals ? i.target : null, totals ? i.achievedPercent : null]
    records.push(row('tong', '', i.total, true))
    for (const c of i.byCommune) records.push(row('xa', c.orgUnit, c))
    for (const p of i.byPeriod) records.push(row('ky', p.period, p))
  }
  return `\uFEFF${stringify(records, { record_delimiter: 'windows' })}`
}
