import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { seedPlanSlug } from '../../cms/seed/plan'
import { attachmentCaption, draftPlanTitle, planMeta, secondPlanTitle } from '../fixtures/siteFixtureContent'
import { builtPage as page, filesContaining, textOf } from '../helpers/builtPages'

const planPage = () => page(`ke-hoach/${seedPlanSlug}`)

describe('the built plan page', () => {
  it('shows the document header, title and GMT+7 posting time whatever the server time zone', () => {
    const html = planPage()
    const text = textOf(html)
    expect(html).toMatch(/<html lang="vi"/)
    expect(text).toContain('BAN THƯỜNG VỤ HỘI LHPN HUYỆN NHƯ THANH')
    expect(text).toContain('Thực hiện Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em”')
    expect(text).toContain('Đăng lúc: 07:59:59 12/12/2023 (GMT+7)')
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
  })

  it('renders the body sections I–VII through the Lexical converter', () => {
    const html = planPage()
    for (const heading of ['I. MỤC ĐÍCH, YÊU CẦU', 'II. CÁC CHỈ TIÊU CỤ THỂ ĐẾN NĂM 2025', 'IV. NỘI DUNG HOẠT ĐỘNG', 'VII. TỔ CHỨC THỰC HIỆN']) {
      expect(html).toContain(`<h2>${heading}</h2>`)
    }
    expect(html).toContain('<h4>1.1. Xây dựng các tổ truyền thông tiên phong thay đổi trong cộng đồng</h4>')
  })

  it('lists every target of the plan as a row of a real table', () => {
    const html = planPage()
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'))
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => textOf(m[1]).trim())
    expect(rows[0]).toMatch(/^TT Chỉ tiêu Giá trị Đơn vị tính/)
    const body = rows.slice(1)
    expect(body).toHaveLength(10)
    expect(body[0]).toContain('14 tổ truyền thông cộng đồng')
    expect(body[0]).toMatch(/ 14 tổ 2025 /)
    expect(body[2]).toMatch(/ 15 % 2025 /)
    expect(body[9]).toMatch(/cán bộ nữ DTTS .* 3 người 2025/)
  })

  it('shows legal basis and reporting deadlines from the structured fields', () => {
    const text = textOf(planPage())
    // One space between the parts, none before the colon.
    expect(text).toContain('82/KH-BTV (14/09/2022) – Ban Thường vụ Hội LHPN tỉnh Thanh Hóa: Kế hoạch triển khai Dự án 8')
    expect(text).toContain('Thời gian thực hiện Từ năm 2022 đến năm 2025')
    expect(text).toContain('Báo cáo trước ngày 10/09')
    expect(text).toContain('Bổ sung, cập nhật số liệu trước ngày 31/01 (năm tiếp theo)')
  })

  it('writes a one-year plan as that year, a signer known only by position, a citation without a number', () => {
    const text = textOf(page('ke-hoach/ke-hoach-to-chuc-hoi-thi-mo-hinh-sang-tao-nam-2024'))
    expect(text).toContain('Thời gian thực hiện Năm 2024')
    expect(text).not.toContain('Từ năm 2024')
    expect(text).toContain('Người ký Chủ tịch')
    expect(text).toContain('Căn cứ – Hội LHPN tỉnh Thanh Hóa: Hướng dẫn tổ chức hội thi năm 2024')
  })

  it('lists each plan with its number and the date it was issued, not the date it was posted', () => {
    const list = textOf(page('ke-hoach'))
    expect(list).toContain('Số 15/KH-HPN, ngày 01/03/2024 · Ban Thường vụ Hội LHPN huyện Như Thanh')
    expect(list).not.toContain('02/03/2024')
  })

  it('lists published plans on the home page and the plan list, newest first', () => {
    const home = textOf(page(''))
    const list = textOf(page('ke-hoach'))
    for (const text of [home, list]) {
      expect(text.indexOf(secondPlanTitle)).toBeGreaterThan(-1)
      expect(text.indexOf(secondPlanTitle)).toBeLessThan(text.indexOf('Kế hoạch thực hiện Dự án 8'))
    }
    expect(textOf(page(`ke-hoach/ke-hoach-to-chuc-hoi-thi-mo-hinh-sang-tao-nam-2024`))).toContain('Như Thanh, ngày 1 tháng 3 năm 2024')
  })

  it('uses the SEO fields (plugin-seo) for title, description and share image, and the document otherwise', () => {
    const withMeta = page('ke-hoach/ke-hoach-to-chuc-hoi-thi-mo-hinh-sang-tao-nam-2024')
    expect(withMeta).toMatch(new RegExp(`<title>${planMeta.title} \\| `))
    expect(withMeta).toContain(`<meta name="description" content="${planMeta.description}"`)
    expect(withMeta).toMatch(/<meta property="og:image" content="http:\/\/localhost:3000\/api\/media\/file\/ap-phich-hoi-thi[^"]*\.webp"/)
    expect(withMeta).toContain('<meta property="og:image:alt" content="Áp phích hội thi mô hình sáng tạo"')
    expect(textOf(withMeta)).toContain('Tổ chức hội thi mô hình sáng tạo năm 2024')
    const withoutMeta = planPage()
    expect(withoutMeta).toMatch(/<title>Kế hoạch thực hiện Dự án 8[^<]* \| /)
    expect(withoutMeta).not.toContain('og:image"')
  })

  it('links attachments to the file served by the CMS, with type and size', () => {
    const html = page('ke-hoach/ke-hoach-to-chuc-hoi-thi-mo-hinh-sang-tao-nam-2024')
    expect(html).toContain(`<a href="http://localhost:3000/api/media/file/ke-hoach-hoi-thi-ban-ky.pdf" download>${attachmentCaption}</a>`)
    expect(textOf(html)).toMatch(/\(PDF, \d+ KB\)/)
  })

  it('never publishes a draft, anywhere in the build', () => {
    expect(filesContaining(draftPlanTitle)).toEqual([])
  })

  it('shows the hotline and TTHC link in the side block on every page', () => {
    for (const route of ['', 'ke-hoach', `ke-hoach/${seedPlanSlug}`]) {
      const html = page(route)
      expect(html).toContain('ĐIỆN THOẠI HỮU ÍCH')
      expect(html).toContain('href="tel:02373742289"')
      expect(html).toContain('Công khai kết quả giải quyết TTHC')
    }
  })

  it('keeps each page within 30 KB of HTML and CSS gzipped, its CSS inside, its only script a deferred enhancement', () => {
    for (const route of ['', 'ke-hoach', `ke-hoach/${seedPlanSlug}`]) {
      const html = page(route)
      expect(zlib.gzipSync(html).length).toBeLessThan(30 * 1024)
      // The font size and Print controls: loaded after the page is shown, never needed to read or print it.
      expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script defer src="/js/cong-cu-trang.js">'])
      expect(html).not.toMatch(/<link[^>]+stylesheet/)
    }
  })
})
