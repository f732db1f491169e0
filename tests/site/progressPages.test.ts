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
  })

  it('keeps each edition at its own address; the older one says it was superseded', () => {
    const first = textOf(builtPage(`tien-do/${seedPlanSlug}/ban-1`))
    expect(first).toContain(progressTitles.first)
    expect(first).toContain('Bản này đã được thay thế bởi Bản số 2')
    expect(first).toMatch(/DA8-01 [^|]*? 14 tổ 5 tổ Đạt 35,7% chỉ tiêu/)
    expect(textOf(builtPage(`tien-do/${seedPlanSlug}/ban-2`))).toContain('Bản hiện hành')
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

  it('keeps the progress pages within 30 KB of HTML and CSS gzipped', () => {
    for (const route of ['tien-do', `tien-do/${seedPlanSlug}`, 'du-lieu', '']) {
      expect(zlib.gzipSync(builtPage(route)).length, route).toBeLessThan(30 * 1024)
    }
  })
})
