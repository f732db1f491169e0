import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { seedPlanSlug } from '../../cms/seed/plan'
import { progressTitles, sensitiveIndicator } from '../fixtures/siteFixtureContent'
import { builtPage, clientDir, textOf as rawText } from '../helpers/builtPages'

const dataset = (edition: number, ext: 'csv' | 'json') => fs.readFileSync(path.join(clientDir(), 'du-lieu', `${seedPlanSlug}-ban-${edition}.${ext}`), 'utf8')
const textOf = (html: string) => rawText(html).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
const csvRows = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(','))

describe('published progress on the portal', () => {
  it('shows every target with target, achieved value, an as-of date and a bar that needs no JavaScript', () => {
    const html = builtPage(`tien-do/${seedPlanSlug}`)
    const text = textOf(html)
    expect(text).toContain(progressTitles.second)
    expect(text).toContain('Số liệu tính đến ngày 31/12/2025')
    expect(text).toMatch(/DA8-01 Tổ truyền thông cộng đồng[^|]*? 14 tổ 9 tổ Đạt 64,3% chỉ tiêu/)
    expect(text).toMatch(/DA8-03 .*? 15% 15% \(9\/60\) Đạt 100% chỉ tiêu/)
    // Percentages written one way on the whole page: "15%", "35,7%".
    expect(text).not.toMatch(/\d %/)
    expect(html).toContain('<span class="progress__fill" style="width:64.3%"></span>')
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script defer src="/js/cong-cu-trang.js">'])
  })

  it('has a per-commune table, a per-period table and reporting completeness', () => {
    const text = textOf(builtPage(`tien-do/${seedPlanSlug}`))
    expect(text).toMatch(/Xã Cán Khê 7 tổ/)
    expect(text).toMatch(/Xã Xuân Khang 2 tổ/)
    expect(text).toMatch(/6 tháng đầu năm 2024 5 tổ/)
    expect(text).toMatch(/6 tháng đầu năm 2025 4 tổ/)
    expect(text).toMatch(/6 tháng đầu năm 2024 10\/09\/2024 7 2 2 2 0/)
    // Values counted against what the plan asked for: the two reports' 4 values of its targets (the victims indicator is not one).
    expect(text).toContain('Số liệu đã duyệt / phải báo cáo')
    // Seven project communes × the plan's ten half-yearly targets.
    expect(text).toMatch(/6 tháng đầu năm 2024 10\/09\/2024 7 2 2 2 0 4\/70 /)
  })

  it('keeps each edition at its own address; the older one says it was superseded', () => {
    const first = textOf(builtPage(`tien-do/${seedPlanSlug}/ban-1`))
    expect(first).toContain(progressTitles.first)
    expect(first).toContain('Bản này đã được thay thế bởi Bản số 2')
    expect(first).toMatch(/DA8-01 [^|]*? 14 tổ 5 tổ Đạt 35,7% chỉ tiêu/)
    expect(textOf(builtPage(`tien-do/${seedPlanSlug}/ban-2`))).toContain('Bản hiện hành')
  })

  it('says of an edition published before the "ẩn" mark that its "<5" cells were re-marked, and when', () => {
    const first = textOf(builtPage(`tien-do/${seedPlanSlug}/ban-1`))
    expect(first).toContain('Bản này được công bố trước khi có ký hiệu “ẩn”')
    expect(first).toContain('Ngày 07/12/2026, các ô ấy được ghi lại là “ẩn”')
    expect(first).toMatch(/Xã Cán Khê 3 tổ – 15% \(6\/40\)( –){7} ẩn Xã Xuân Khang/)
    expect(first).not.toMatch(/Xã [^|]*?<5 người/)
    expect(textOf(builtPage(`tien-do/${seedPlanSlug}/ban-2`))).not.toContain('trước khi có ký hiệu')
    expect(JSON.parse(dataset(1, 'json'))).toMatchObject({ marks: 2, remarkedAt: '2026-12-07T03:00:00.000Z' })
  })

  it('links progress from the home page and the plan page', () => {
    expect(textOf(builtPage(''))).toContain('Tiến độ thực hiện chỉ tiêu')
    expect(builtPage('')).toContain(`href="/tien-do/${seedPlanSlug}/"`)
    expect(builtPage(`ke-hoach/${seedPlanSlug}`)).toContain(`href="/tien-do/${seedPlanSlug}/"`)
  })

  it('hides small numbers of the sensitive indicator in HTML, CSV and JSON, totals included', () => {
    const html = builtPage(`tien-do/${seedPlanSlug}`)
    expect(textOf(html)).toContain('“<5”: số từ 1 đến 4')
    expect(textOf(html)).toContain('“ẩn”: ô được ẩn để không suy ra được số đã ẩn')
    // Xã Xuân Khang's 7 is hidden to protect Xã Cán Khê's 2 (9 − 7 would give it away): "ẩn", never "<5".
    expect(textOf(html)).toMatch(/Xã Cán Khê 7 tổ – 15% \(6\/40\)( –){7} <5 người Xã Xuân Khang 2 tổ – 15% \(3\/20\)( –){7} ẩn Theo kỳ báo cáo/)
    expect(textOf(html)).toMatch(/DA8-NC1 Nạn nhân [^|]*? – 9 người Không đặt chỉ tiêu/)

    const rows = csvRows(dataset(2, 'csv')).filter((r) => r[2] === sensitiveIndicator.code)
    const cols = (scope: string) => rows.filter((r) => r[6] === scope).map((r) => [r[7], r[8], r[11], r[12]])
    // Women 8 hidden because men are 1: "ẩn"; only the counts from 1 to 4 are "<5".
    expect(cols('tong')).toEqual([['', '9', 'ẩn', '<5']])
    expect(cols('xa')).toEqual([['Xã Cán Khê', '<5', '<5', '0'], ['Xã Xuân Khang', 'ẩn', 'ẩn', '<5']])

    const json = JSON.parse(dataset(2, 'json')) as { indicators: { code: string; total: object; byCommune: object[]; byPeriod: object[] }[] }
    const victims = json.indicators.find((i) => i.code === sensitiveIndicator.code)!
    expect(JSON.stringify(victims)).not.toMatch(/"(value|female|male)":[1-4][,}]/)
    expect(victims.total).toMatchObject({ value: 9, female: 'ẩn', male: '<5' })
  })

  it('offers CSV and JSON with documented columns at stable addresses', () => {
    const list = textOf(builtPage('du-lieu'))
    expect(list).toContain('gia_tri')
    expect(list).toContain('"<5" là số từ 1 đến 4')
    const csv = dataset(1, 'csv')
    expect(csv.startsWith('\uFEFFban_so,so_lieu_den_ngay,ma_chi_tieu,')).toBe(true)
    expect(csvRows(csv).find((r) => r[2] === 'DA8-01' && r[6] === 'tong')).toEqual(['1', '2024-12-31', 'DA8-01', 'Tổ truyền thông cộng đồng được thành lập và duy trì hoạt động', 'tổ', 'sum', 'tong', '', '5', '', '', '', '', '', '14', '35.7'])
    expect(JSON.parse(dataset(1, 'json'))).toMatchObject({ edition: 1, supersededByEdition: 2, title: progressTitles.first })
  })

  it('shows the women/men and ethnic-minority breakdowns, as published, in a table read by indicator and commune', () => {
    const html = builtPage(`tien-do/${seedPlanSlug}`)
    const table = html.slice(html.indexOf('id="phan-to"'), html.indexOf('</table>', html.indexOf('id="phan-to"')))
    expect(textOf(table)).toMatch(/Xã Tổng số Nữ Nam Người dân tộc thiểu số/)
    // Suppressed exactly as in the CSV: the breakdowns add no number the other tables hid.
    expect(textOf(table)).toMatch(/DA8-NC1 Nạn nhân [^|]*?\(người\) Toàn kế hoạch 9 ẩn <5 – Xã Cán Khê <5 <5 0 – Xã Xuân Khang ẩn ẩn <5 –/)
    // An indicator nobody broke down has no rows here.
    expect(textOf(table)).not.toContain('DA8-01')
    expect(table).toContain('<th scope="rowgroup" colspan="5"')
    expect(table.match(/<th scope="row">/g)).toHaveLength(3)
    expect(table).toContain('aria-labelledby="phan-to"')
  })

  it('draws each indicator over the periods against its target and the communes side by side, as static SVG with words for screen readers', () => {
    const html = builtPage(`tien-do/${seedPlanSlug}`)
    const svg = (id: string) => {
      const start = html.indexOf(`<svg class="chart" role="img" aria-labelledby="${id}-t ${id}-d"`)
      expect(start, id).toBeGreaterThan(-1)
      return html.slice(start, html.indexOf('</svg>', start) + 6)
    }
    const teams = svg('bd-ky-da8-01')
    expect(teams).toContain('<title id="bd-ky-da8-01-t">DA8-01: Cộng dồn đến hết mỗi kỳ, so với chỉ tiêu</title>')
    // 5 teams in 2024-H1, 4 more in 2025-H1: 5 then 9 of 14, the target drawn as a line.
    expect(textOf(teams)).toContain('6 tháng đầu năm 2024: 5 tổ; 6 tháng đầu năm 2025: 9 tổ. Chỉ tiêu: 14 tổ.')
    expect(teams).toMatch(/<rect x="0" y="\d+" width="82\.9" height="12" class="chart__bar"/)
    expect(teams).toMatch(/<rect x="0" y="\d+" width="149\.1" height="12" class="chart__bar"/)
    expect(teams).toMatch(/<line x1="232" y1="\d+" x2="232" y2="\d+"/)
    expect(textOf(svg('bd-xa-da8-03'))).toContain('Xã Cán Khê: 15% (6/40); Xã Xuân Khang: 15% (3/20). Chỉ tiêu: 15%.')

    // Suppressed cells are drawn hatched and labelled with their mark, never as a bar of 0.
    const victims = svg('bd-xa-da8-nc1')
    expect(textOf(victims)).toContain('Xã Cán Khê: <5 người; Xã Xuân Khang: ẩn.')
    const bars = victims.split('<g>').slice(1)
    expect(bars).toHaveLength(2)
    for (const bar of bars) {
      expect(bar).toContain('fill="url(#bd-xa-da8-nc1-an)"')
      expect(bar).not.toContain('class="chart__bar"')
      expect(textOf(bar)).not.toMatch(/ 0 /)
    }
    expect(html).not.toMatch(/<script[^>]*>[^<]/)
  })

  it('keeps the progress pages within 30 KB of HTML and CSS gzipped', () => {
    for (const route of ['tien-do', `tien-do/${seedPlanSlug}`, 'du-lieu', '']) {
      expect(zlib.gzipSync(builtPage(route)).length, route).toBeLessThan(30 * 1024)
    }
  })
})
