import type { Payload } from 'payload'

import { formatDate } from '../i18n/dates'
import { planProgress, type IndicatorProgress } from '../progress/aggregate'
import { ratioPercent, round1, towardTarget } from '../progress/sums'
import type { Id, Sums } from '../progress/types'

/** A report table: the title lines above it, column headings and rows of cells, as on the paper forms. */
export type ReportTable = { title: string; subtitle: string[]; headings: string[]; rows: (string | number)[][]; notes: string[] }

const fmt = (n: number | null) => (n == null ? '' : n)
const ratio = (s: Pick<Sums, 'value' | 'denominator'>) => {
  const percent = ratioPercent(s.value, s.denominator)
  return percent == null ? '' : `${s.value}/${s.denominator} (${round1(percent).toLocaleString('vi-VN')}%)`
}
const cellOf = (i: IndicatorProgress, s: Sums | undefined): string | number => (!s ? '' : i.aggregation === 'ratio' ? ratio(s) : s.value)

/**
 * Biểu 2.8: the output indicators of one period, consolidated from the communes' approved
 * reports — one row per indicator, totals with their breakdowns, then one column per commune.
 * Internal (unsuppressed) numbers: for the district and administrators only.
 */
export async function bieu28(payload: Payload, planId: Id, periodId: Id, communes: { id: Id; name: string }[]): Promise<ReportTable> {
  const period = await payload.findByID({ collection: 'reporting-periods', id: periodId, depth: 0, overrideAccess: true })
  const progress = await planProgress(payload, planId, period.endDate, { periods: [periodId] })
  const ids = new Set(communes.map((c) => String(c.id)))
  const completeness = progress.completeness[0]
  return {
    title: 'BIỂU 2.8. CHỈ SỐ ĐẦU RA CÁC HOẠT ĐỘNG DỰ ÁN 8',
    subtitle: [progress.plan.title, `Kỳ báo cáo: ${period.name} (${formatDate(period.startDate)} – ${formatDate(period.endDate)})`, `Hạn báo cáo của xã: ${formatDate(period.communeDeadline)}`],
    headings: ['STT', 'Mã', 'Chỉ số', 'Đơn vị tính', 'Tổng số', 'Trong đó: nữ', 'Trong đó: nam', 'Trong đó: DTTS', ...communes.map((c) => c.name)],
    rows: progress.indicators.map((i, k) => {
      const byUnit = new Map(i.byCommune.filter((c) => ids.has(String(c.orgUnit.id))).map((c) => [String(c.orgUnit.id), c]))
      return [k + 1, i.code, i.name, i.unit, cellOf(i, i.total), fmt(i.total.female), fmt(i.total.male), fmt(i.total.ethnicMinority), ...communes.map((c) => cellOf(i, byUnit.get(String(c.id))))]
    }),
    notes: [
      `Số liệu từ báo cáo đã được duyệt. Số xã đã gửi: ${completeness?.received ?? 0}/${completeness?.expected ?? communes.length}; đã duyệt: ${completeness?.approved ?? 0}; gửi sau hạn: ${completeness?.late ?? 0}.`,
      'Chỉ số tỷ lệ ghi tử số/mẫu số (tỷ lệ %).',
    ],
  }
}

/**
 * Mẫu 3.1: the yearly report — for each target of the plan, the result of the year, the
 * cumulative result since the plan began and how far that is toward the target.
 */
export async function mau31(payload: Payload, planId: Id, year: number): Promise<ReportTable> {
  const periods = await payload.find({
    collection: 'reporting-periods',
    where: { and: [{ plan: { equals: planId } }, { startDate: { greater_than_equal: `${year}-01-01T00:00:00+07:00` } }, { endDate: { less_than_equal: `${year}-12-31T23:59:59+07:00` } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const asOf = new Date(`${year}-12-31T23:59:59+07:00`).toISOString()
  const [ofYear, cumulative] = await Promise.all([
    planProgress(payload, planId, asOf, { periods: periods.docs.map((p) => p.id) }),
    planProgress(payload, planId, asOf),
  ])
  const yearOf = new Map(ofYear.indicators.map((i) => [i.code, i]))
  return {
    title: `MẪU 3.1. BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM ${year}`,
    subtitle: [cumulative.plan.title, `Số liệu tính đến ngày 31/12/${year}, từ báo cáo đã được duyệt`],
    headings: ['STT', 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu kế hoạch', `Kết quả năm ${year}`, 'Lũy kế đến nay', 'Tỷ lệ đạt so với kế hoạch (%)'],
    rows: cumulative.indicators.map((i, k) => {
      const percent = towardTarget(i.aggregation, i.total.value, i.total.denominator, i.target)
      return [k + 1, i.code, i.name, i.unit, fmt(i.target), cellOf(i, yearOf.get(i.code)?.total), cellOf(i, i.total), percent ?? '']
    }),
    notes: ['Chỉ số tỷ lệ ghi tử số/mẫu số (tỷ lệ %).'],
  }
}
