import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { seedPlanSlug } from '../../cms/seed/plan'
import { logInToAdmin, useAppAndBrowser, waitForPage } from '../helpers/appInBrowser'
import { mp4Video, photoLikeImage, wavAudio } from '../helpers/files'

const admin = { email: 'quantri@example.test', password: 'mat-khau-quan-tri-e2e' }
const title = 'Chiến dịch tạo trên trang quản trị bằng trình duyệt'
const slug = 'chien-dich-tao-tren-trang-quan-tri-bang-trinh-duyet'
const alt = 'Hội viên phụ nữ thôn Đồng Lườn dự buổi truyền thông'

const session = useAppAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SITE_REBUILD_DEBOUNCE_MS: '300', MEDIA_MAX_MB: '5' })

const logIn = (page: Page) => logInToAdmin(page, session.app.cmsUrl, admin)

/** Fills a field and waits for the admin to recompute its form on the server, as it does after each edit. */
async function typeAndLetFormSettle(page: Page, selector: string, value: string): Promise<void> {
  const recomputed = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/admin/'))
  await page.locator(selector).fill(value)
  await recomputed
}

describe('an officer publishes from the admin and the public finds it', () => {
  it('logs in, creates a campaign with an uploaded image, publishes it, and it appears on the portal', async () => {
    const imageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'anh-')), 'buoi-truyen-thong.jpg')
    fs.writeFileSync(imageFile, await photoLikeImage(1200, 800))
    const page = await session.browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    await logIn(page)

    await page.goto(`${session.app.cmsUrl}/admin/collections/campaigns/create`)
    await page.locator('#field-title').fill(title)
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type('Hội LHPN xã tổ chức nói chuyện chuyên đề về bình đẳng giới.')

    await page.locator('#field-gallery').getByRole('button', { name: 'Tạo mới' }).click()
    await page.locator('input[type=file]').setInputFiles(imageFile)
    await page.locator('#field-alt').fill(alt)
    await page.getByRole('button', { name: 'Lưu', exact: true }).last().click()
    await page.locator('#field-gallery').getByText('buoi-truyen-thong', { exact: false }).waitFor()

    await page.getByRole('button', { name: 'Phạm vi' }).click()
    await page.locator('#field-themes .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Phòng, chống bạo lực gia đình' }).click()
    await page.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
    await page.getByText('Đã xuất bản', { exact: true }).waitFor()
    await page.close()

    const html = await waitForPage(`${session.app.siteUrl}/truyen-thong/${slug}/`)
    expect(html).toContain(`<h1>${title}</h1>`)
    expect(html).toMatch(new RegExp(`<img src="${session.app.cmsUrl}/api/media/file/buoi-truyen-thong[^"]*\\.webp" alt="${alt}"`))
    expect(html).toContain('type="image/avif"')
    expect(await waitForPage(`${session.app.siteUrl}/truyen-thong/`)).toContain(title)

    const reader = await session.browser.newPage({ viewport: { width: 360, height: 740 } })
    await reader.goto(`${session.app.siteUrl}/truyen-thong/${slug}/`)
    const image = reader.getByRole('img', { name: alt })
    await image.scrollIntoViewIfNeeded()
    // The picture's AVIF/WebP bytes come from the CMS after the HTML: wait for them to be decoded.
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 30_000 })
      .toBe(true)
    await reader.close()
  }, 240_000)

  it('imports a Biểu 2.8 CSV in the admin: a bad file is refused line by line, a good one creates the report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-'))
    const file = (name: string, lines: string[]) => {
      const p = path.join(dir, name)
      fs.writeFileSync(p, `\uFEFFxa,ky,ma_chi_tieu,gia_tri,mau_so,nu,nam,dtts,ghi_chu\r\n${lines.join('\r\n')}\r\n`)
      return p
    }
    const page = await session.browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    await logIn(page)
    await page.goto(`${session.app.cmsUrl}/admin/collections/indicator-reports`)
    await page.getByRole('heading', { name: 'Nhập số liệu từ tệp CSV (Biểu 2.8)' }).waitFor()
    await page.locator('select').first().locator('option').first().waitFor({ state: 'attached' })
    await page.locator('input[type=file][name=file]').setInputFiles(file('sai.csv', ['Xã Cán Khê,2024-H1,DA8-01,3,,,,,', 'Xã Cán Khê,2024-H1,DA8-03,9,5,,,,']))
    await page.getByRole('button', { name: 'Nhập số liệu' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Tệp có' })
    await alert.waitFor()
    expect(await alert.innerText()).toContain('Tệp có 1 lỗi; chưa có số liệu nào được lưu.')
    expect(await alert.innerText()).toMatch(/3\s+gia_tri\s+Chỉ số DA8-03: tử số \(9\) lớn hơn mẫu số \(5\)/)
    await page.locator('input[type=file][name=file]').setInputFiles(file('dung.csv', ['Xã Cán Khê,2024-H1,DA8-01,3,,,,,', 'Xã Cán Khê,2024-H1,DA8-03,4,50,,,,']))
    await page.getByRole('button', { name: 'Nhập số liệu' }).click()
    await page.getByRole('status').filter({ hasText: 'Đã nhập 2 dòng' }).waitFor()
    await page.reload()
    await page.getByRole('link', { name: 'Xã Cán Khê – 6 tháng đầu năm 2024' }).waitFor()
    await page.close()
  }, 120_000)

  it('speaks the officer’s language in the import panel and the entry grid, keeps the panel within a narrow window, and shows a late report as a labelled badge', async () => {
    const context = await session.browser.newContext({ locale: 'en-US', viewport: { width: 800, height: 900 } })
    const page = await context.newPage()
    // Logged in through the API in this browser: the admin then follows the browser's language.
    expect((await page.request.post(`${session.app.cmsUrl}/api/users/login`, { data: admin })).ok()).toBe(true)
    const headers = { Authorization: `JWT ${((await (await page.request.post(`${session.app.cmsUrl}/api/users/login`, { data: admin })).json()) as { token: string }).token}` }
    const find = async (collection: string, where: string) => ((await (await page.request.get(`${session.app.cmsUrl}/api/${collection}?depth=0&${where}`, { headers })).json()) as { docs: { id: number }[] }).docs[0]!.id
    const plan = await find('plans', `where[slug][equals]=${seedPlanSlug}`)
    const period = await find('reporting-periods', `where[plan][equals]=${plan}&where[code][equals]=2024-H1`)
    const commune = await find('org-units', `where[name][equals]=${encodeURIComponent('Xã Xuân Khang')}`)
    const indicator = await find('indicators', 'where[code][equals]=DA8-01')
    // 2024-H1 closed long ago: sent now, the report is late.
    const sent = await page.request.post(`${session.app.cmsUrl}/api/indicator-reports`, { headers, data: { plan, period, orgUnit: commune, status: 'submitted', values: [{ indicator, value: 2 }] } })
    expect(sent.ok()).toBe(true)
    const report = ((await sent.json()) as { doc: { id: number; late: boolean } }).doc
    expect(report.late).toBe(true)

    await page.goto(`${session.app.cmsUrl}/admin/collections/indicator-reports`)
    await page.getByRole('heading', { name: 'Import figures from a CSV file (Form 2.8)' }).waitFor()
    const panel = page.locator('section.report-import')
    // The panel's own words, without the plans it lists once they load (their titles are Vietnamese data).
    const panelWords = await panel.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement
      copy.querySelectorAll('option').forEach((option) => option.remove())
      return copy.textContent ?? ''
    })
    expect(panelWords).toContain('Import figures from a CSV file')
    expect(panelWords).not.toMatch(/Nhập số liệu|Kế hoạch|Tổng hợp của huyện/)
    expect(await panel.getByRole('button', { name: 'Import' }).count()).toBe(1)
    const overflow = await panel.evaluate((el) => [...el.querySelectorAll('select, input, button')].map((c) => c.getBoundingClientRect().right - document.documentElement.clientWidth))
    for (const past of overflow) expect(past).toBeLessThanOrEqual(0)
    const lateRow = page.locator('tr', { hasText: 'Xã Xuân Khang' })
    await lateRow.locator('.pill', { hasText: 'Late' }).waitFor()
    expect(await page.locator('td', { hasText: /^(true|false)$/ }).count()).toBe(0)

    // The report's entry grid speaks English too: its headers, content areas, hints and cell names.
    await page.goto(`${session.app.cmsUrl}/admin/collections/indicator-reports/${report.id}`)
    const grid = page.locator('.report-grid')
    await grid.locator('table').waitFor()
    expect(await grid.locator('thead').innerText()).toMatch(/Indicator\s+Target\s+Value\s+Denominator\s+Women\s+Men\s+Ethnic minority\s+Note/)
    expect(await grid.locator('th[scope=rowgroup]').first().innerText()).toBe('Area 1: Communication for changing mindsets')
    expect(await grid.innerText()).toContain('Keyboard: Tab moves right')
    expect(await grid.getByRole('textbox', { name: 'Value, DA8-01' }).inputValue()).toBe('2')
    await context.close()
  }, 120_000)

  it('serves audio and video with their types and byte ranges, for players on slow connections', async () => {
    const login = await fetch(`${session.app.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    })
    const { token } = (await login.json()) as { token: string }
    for (const [name, type, bytes] of [
      ['ban-tin-loa.wav', 'audio/wav', wavAudio(2)],
      ['san-khau-hoa.mp4', 'video/mp4', mp4Video()],
    ] as const) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
      form.append('_payload', JSON.stringify({ caption: name, inLibrary: true }))
      const created = await fetch(`${session.app.cmsUrl}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
      expect(created.status, await created.clone().text()).toBe(201)
      const { doc } = (await created.json()) as { doc: { url: string; mimeType: string } }
      expect(doc.mimeType).toBe(type)

      const ranged = await fetch(new URL(doc.url, session.app.cmsUrl), { headers: { Range: 'bytes=100-1123' } })
      expect(ranged.status).toBe(206)
      expect(ranged.headers.get('content-type')).toBe(type)
      expect(ranged.headers.get('content-range')).toBe(`bytes 100-1123/${bytes.length}`)
      expect(Buffer.from(await ranged.arrayBuffer())).toEqual(bytes.subarray(100, 1124))
    }
  }, 60_000)
})

describe('what both servers of `npm start` send with every answer', () => {
  it('the admin may not be framed, sniffed or announce its framework; the portal adds a script policy without inline script', async () => {
    const adminPage = await fetch(`${session.app.cmsUrl}/admin/login`)
    const api = await fetch(`${session.app.cmsUrl}/api/plans?limit=1`)
    for (const response of [adminPage, api]) {
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-powered-by')).toBeNull()
      // Served over plain http here: no HSTS (it is sent when the public address is https).
      expect(response.headers.get('strict-transport-security')).toBeNull()
    }
    for (const pathname of ['/', '/ke-hoach/', '/js/cong-cu-trang.js', '/khong-co-trang-nay/']) {
      const response = await fetch(`${session.app.siteUrl}${pathname}`)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, pathname).toContain("script-src 'self' 'wasm-unsafe-eval'")
      expect(csp, pathname).not.toMatch(/script-src[^;]*'unsafe-inline'/)
      expect(csp, pathname).toContain("frame-ancestors 'none'")
      expect(csp, pathname).toContain(`img-src 'self' data: ${new URL(session.app.cmsUrl).origin}`)
      expect(response.headers.get('x-frame-options'), pathname).toBe('DENY')
      expect(response.headers.get('x-content-type-options'), pathname).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-powered-by'), pathname).toBeNull()
    }
  })
})

describe('refusals in the admin say why (production build)', () => {
  const officer = { email: 'can-bo-xa-can-khe@example.test', password: 'can bo xa can khe bao cao' }
  const writer = { email: 'truyen-thong@example.test', password: 'viet bai dang tin moi tuan' }

  async function api<T>(method: string, pathname: string, token: string, body?: unknown): Promise<T> {
    const res = await fetch(`${session.app.cmsUrl}/api${pathname}`, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await res.json()) as T
    if (!res.ok) throw new Error(`${method} ${pathname}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  const tokenOf = async (user: { email: string; password: string }) => {
    const res = await fetch(`${session.app.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(user) })
    return ((await res.json()) as { token: string }).token
  }
  const idOf = async (collection: string, field: string, value: string, token: string) => {
    const { docs } = await api<{ docs: { id: number }[] }>('GET', `/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=1&draft=true`, token)
    if (!docs[0]) throw new Error(`no ${collection} with ${field} = ${value}`)
    return docs[0].id
  }

  /** Saves, then finds the reason in the toast that says what failed (and, for a field, under the field). */
  async function showsReason(page: Page, reason: string, inToast = reason) {
    await page.getByRole('button', { name: 'Lưu', exact: true }).last().click()
    await page.locator('.payload-toast-item', { hasText: inToast }).first().waitFor()
    await page.getByText(reason, { exact: false }).first().waitFor()
  }

  it('a second plan whose address another plan already has: 400 with the reason, not 500', async () => {
    const token = await tokenOf(admin)
    const { docs } = await api<{ docs: Record<string, unknown>[] }>('GET', `/plans?where[slug][equals]=${seedPlanSlug}&depth=0&limit=1`, token)
    // A copy of the seeded plan under another title but the same address; array rows get new ids.
    const copy = JSON.stringify({ ...docs[0], title: 'Bản sao kế hoạch', createdAt: undefined, updatedAt: undefined }, (key, value) => (key === 'id' ? undefined : value))
    const res = await fetch(`${session.app.cmsUrl}/api/plans`, { method: 'POST', headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', 'accept-language': 'vi' }, body: copy })
    expect(res.status).toBe(400)
    const [problem] = ((await res.json()) as { errors: { message: string; data: { errors: { path: string }[] } }[] }).errors
    expect(problem.message).toContain('Giá trị không được trùng lặp')
    expect(problem.data.errors.map((e) => e.path)).toEqual(['slug'])
    const after = await api<{ totalDocs: number }>('GET', `/plans?where[title][equals]=${encodeURIComponent('Bản sao kế hoạch')}&depth=0&draft=true`, token)
    expect(after.totalDocs).toBe(0)
  }, 60_000)

  it('an upload that is too big, of the wrong type, or without alt text', async () => {
    const adminToken = await tokenOf(admin)
    await api('POST', '/users', adminToken, { ...writer, role: 'communications-officer' })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tai-len-'))
    const big = path.join(dir, 'anh-qua-lon.jpg')
    fs.writeFileSync(big, Buffer.concat([await photoLikeImage(400, 300), Buffer.alloc(6 * 1024 * 1024)]))
    const notImage = path.join(dir, 'khong-phai-anh.jpg')
    fs.writeFileSync(notImage, 'Đây là văn bản, không phải ảnh.\n'.repeat(50))
    const good = path.join(dir, 'anh-hop-le.jpg')
    fs.writeFileSync(good, await photoLikeImage(400, 300))

    const page = await session.browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    await logInToAdmin(page, session.app.cmsUrl, writer)
    for (const [file, alt, reason] of [
      [big, 'Ảnh quá lớn', 'tối đa 5 MB mỗi tệp'],
      [notImage, 'Không phải ảnh', 'không phải là ảnh'],
      [good, '', 'văn bản thay thế (alt)'],
    ] as const) {
      await page.goto(`${session.app.cmsUrl}/admin/collections/media/create`, { waitUntil: 'networkidle' })
      await page.locator('input[type=file]').setInputFiles(file)
      if (alt) await typeAndLetFormSettle(page, '#field-alt', alt)
      await showsReason(page, reason)
    }
    await page.close()
    expect((await api<{ totalDocs: number }>('GET', `/media?where[alt][in]=${encodeURIComponent('Ảnh quá lớn,Không phải ảnh')}&limit=0`, adminToken)).totalDocs).toBe(0)
  }, 180_000)

  it('a commune officer’s report: a rate over 100 %, a move only the district may make, a period past its deadline', async () => {
    const adminToken = await tokenOf(admin)
    const commune = await idOf('org-units', 'name', 'Xã Cán Khê', adminToken)
    const plan = await idOf('plans', 'slug', seedPlanSlug, adminToken)
    const ratio = await idOf('indicators', 'code', 'DA8-03', adminToken)
    await api('POST', '/users', adminToken, { ...officer, role: 'commune-officer', orgUnit: commune })
    const future = await api<{ doc: { id: number } }>('POST', '/reporting-periods', adminToken, {
      plan, code: '2027-H1', name: '6 tháng đầu năm 2027', kind: 'half-year', startDate: '2027-01-01', endDate: '2027-06-30',
      communeDeadline: '2027-07-15', communeUpdateDeadline: '2027-07-20', districtDeadline: '2027-07-25', districtUpdateDeadline: '2027-07-30',
    })
    const past = await idOf('reporting-periods', 'code', '2024-H2', adminToken)
    const values = [{ indicator: ratio, value: 1, denominator: 5 }]
    const officerToken = await tokenOf(officer)
    const current = await api<{ doc: { id: number } }>('POST', '/indicator-reports', officerToken, { plan, period: future.doc.id, orgUnit: commune, values })
    const late = await api<{ doc: { id: number } }>('POST', '/indicator-reports', adminToken, { plan, period: past, orgUnit: commune, values })

    const page = await session.browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    await logInToAdmin(page, session.app.cmsUrl, officer)
    await page.goto(`${session.app.cmsUrl}/admin/collections/indicator-reports/${current.doc.id}`, { waitUntil: 'networkidle' })
    await typeAndLetFormSettle(page, 'input[aria-label="Tử số, DA8-03"]', '9')
    await showsReason(page, 'Chỉ số DA8-03: tử số (9) lớn hơn mẫu số (5), tỷ lệ vượt quá 100%.', 'Chỉ số DA8-03: tử số (9) lớn hơn mẫu số (5) – tỷ lệ vượt quá 100%.')

    await page.goto(`${session.app.cmsUrl}/admin/collections/indicator-reports/${current.doc.id}`, { waitUntil: 'networkidle' })
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Đã duyệt' }).click()
    await showsReason(page, 'Không thể chuyển báo cáo từ “Đang soạn” sang “Đã duyệt” với vai trò của bạn.')

    await page.goto(`${session.app.cmsUrl}/admin/collections/indicator-reports/${late.doc.id}`, { waitUntil: 'networkidle' })
    await typeAndLetFormSettle(page, 'input[aria-label="Tử số, DA8-03"]', '2')
    await showsReason(page, 'Đã quá hạn báo cáo')
    await page.getByText('Cần Hội LHPN huyện cho phép sửa sau hạn.', { exact: false }).first().waitFor()
    await page.close()
  }, 180_000)
})

describe('a commune officer enters a report with the keyboard alone', () => {
  const officer = { email: 'can-bo-xa-xuan-phuc@example.test', password: 'so lieu gui dung han moi ky' }

  it('fills the ten indicators of the grid, sees the checks in the server’s words, corrects them and sends the report', async () => {
    const adminToken = ((await (await fetch(`${session.app.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })).json()) as { token: string }).token
    const call = async <T>(method: string, pathname: string, body?: unknown) => {
      const res = await fetch(`${session.app.cmsUrl}/api${pathname}`, { method, headers: { authorization: `JWT ${adminToken}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
      expect(res.ok, `${method} ${pathname}: ${await res.clone().text()}`).toBe(true)
      return (await res.json()) as T
    }
    const first = async (collection: string, where: string) => (await call<{ docs: { id: number }[] }>('GET', `/${collection}?depth=0&limit=1&${where}`)).docs[0]!.id
    const plan = await first('plans', `where[slug][equals]=${seedPlanSlug}`)
    const commune = await first('org-units', `where[name][equals]=${encodeURIComponent('Xã Xuân Phúc')}`)
    const trained = await first('indicators', 'where[code][equals]=DA8-10')
    // Officers trained are counted by sex and ethnic minority: the grid asks for those cells on that row only.
    await call('PATCH', `/indicators/${trained}`, { disaggregations: ['sex', 'ethnicMinority'] })
    await call('POST', '/users', { ...officer, role: 'commune-officer', orgUnit: commune })
    await call('POST', '/reporting-periods', {
      plan, code: '2027-H2', name: '6 tháng cuối năm 2027', kind: 'half-year', startDate: '2027-07-01', endDate: '2027-12-31',
      communeDeadline: '2028-01-10', communeUpdateDeadline: '2028-01-20', districtDeadline: '2028-01-25', districtUpdateDeadline: '2028-01-30',
    })

    const page = await session.browser.newPage({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } })
    const focused = () => page.evaluate(() => { const el = document.activeElement!; return `${el.id} ${el.getAttribute('aria-label') ?? ''}` })
    const tabTo = async (want: RegExp, key = 'Tab') => {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press(key)
        if (want.test(await focused())) return focused()
      }
      throw new Error(`Tab never reached ${want} (at ${await focused()})`)
    }
    const type = async (text: string, then: string) => {
      await page.keyboard.type(text)
      await page.keyboard.press(then)
    }

    await page.goto(`${session.app.cmsUrl}/admin/login`)
    await tabTo(/^field-email /)
    await type(officer.email, 'Tab')
    await type(officer.password, 'Enter')
    await page.waitForURL(/\/admin\/?$/)

    await page.goto(`${session.app.cmsUrl}/admin/collections/indicator-reports/create`, { waitUntil: 'networkidle' })
    const planInput = await tabTo(/react-select/)
    await page.keyboard.type('Dự án 8')
    await page.locator('.rs__option').first().waitFor()
    await page.keyboard.press('Enter')
    for (let i = 0; i < 6 && ((await focused()) === planInput || !/react-select/.test(await focused())); i += 1) await page.keyboard.press('Tab')
    await page.keyboard.type('cuối năm 2027')
    await page.locator('.rs__option', { hasText: '6 tháng cuối năm 2027' }).waitFor()
    await page.keyboard.press('Enter')

    // The grid: one row per indicator due, pre-filled from the plan's targets, about one screen tall.
    await tabTo(/Giá trị, DA8-01$/)
    const grid = page.locator('.report-grid')
    expect(await grid.locator('tbody th[scope=row]').count()).toBe(10)
    expect(await grid.locator('tr', { hasText: 'DA8-01' }).innerText()).toContain('14 tổ (đến năm 2025)')
    const height = await grid.evaluate((el) => el.getBoundingClientRect().height)
    expect(height).toBeLessThan(768 * 1.5)

    // Tab along a row (value, denominator for a rate, note), Enter down the value column.
    for (const cells of [['3'], ['2'], ['9', '5'], ['4', '40']]) {
      for (const cell of cells) await type(cell, 'Tab')
      await page.keyboard.press('Tab')
    }
    for (const [value, next] of [['1', 'DA8-06'], ['1', 'DA8-07'], ['2', 'DA8-08'], ['1', 'DA8-09'], ['2', 'DA8-10']]) {
      await type(value!, 'Enter')
      expect(await focused()).toMatch(new RegExp(`Giá trị, ${next}$`))
    }
    for (const cell of ['3', '2', '0', '3', 'Tập huấn tại hội trường xã']) await type(cell, 'Tab')
    expect(await focused()).toMatch(/^field-notes /)

    // Leaving a row checks it as the server would, in its words; Enter never sent the form.
    const problems = grid.locator('.report-grid__problems')
    await expect.poll(() => problems.allInnerTexts()).toEqual([
      'Chỉ số DA8-03: tử số (9) lớn hơn mẫu số (5), tỷ lệ vượt quá 100%.',
      'Chỉ số DA8-10: số nữ (2) cộng số nam (0) phải bằng tổng (3).',
    ])
    expect(await grid.locator('input[aria-invalid=true]').evaluateAll((inputs) => inputs.map((i) => i.getAttribute('aria-label')))).toEqual(['Tử số, DA8-03', 'Nữ, DA8-10'])
    // A screen reader hears the problems of the row just left.
    expect(await grid.locator('[aria-live=polite]').textContent()).toBe('Chỉ số DA8-10: số nữ (2) cộng số nam (0) phải bằng tổng (3).')
    expect((await call<{ totalDocs: number }>('GET', `/indicator-reports?where[orgUnit][equals]=${commune}&limit=0`)).totalDocs).toBe(0)

    // Back to the women's cell, then up the value column to the rate.
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+Tab')
    expect(await focused()).toMatch(/Nữ, DA8-10$/)
    await page.keyboard.type('3')
    await page.keyboard.press('Shift+Tab')
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowUp')
    expect(await focused()).toMatch(/Tử số, DA8-03$/)
    await page.keyboard.type('2')
    await page.keyboard.press('Tab')
    await expect.poll(() => problems.count()).toBe(0)

    await tabTo(/react-select/)
    await page.keyboard.type('Đã gửi')
    await page.locator('.rs__option', { hasText: 'Đã gửi' }).waitFor()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+s')
    await page.locator('.payload-toast-item', { hasText: 'thành công' }).waitFor()
    await page.close()

    const { docs } = await call<{ docs: { status: string; late: boolean; submittedBy: { email: string }; values: Record<string, unknown>[] }[] }>('GET', `/indicator-reports?where[orgUnit][equals]=${commune}&depth=1`)
    expect(docs).toHaveLength(1)
    const [report] = docs
    expect([report!.status, report!.late, report!.submittedBy.email]).toEqual(['submitted', false, officer.email])
    expect(report!.values.map((v) => [(v.indicator as { code: string }).code, v.value, v.denominator ?? null, v.female ?? null, v.male ?? null, v.ethnicMinority ?? null, v.note ?? null])).toEqual([
      ['DA8-01', 3, null, null, null, null, null],
      ['DA8-02', 2, null, null, null, null, null],
      ['DA8-03', 2, 5, null, null, null, null],
      ['DA8-04', 4, 40, null, null, null, null],
      ['DA8-05', 1, null, null, null, null, null],
      ['DA8-06', 1, null, null, null, null, null],
      ['DA8-07', 2, null, null, null, null, null],
      ['DA8-08', 1, null, null, null, null, null],
      ['DA8-09', 2, null, null, null, null, null],
      ['DA8-10', 3, null, 3, 0, 3, 'Tập huấn tại hội trường xã'],
    ])
  }, 240_000)
})

describe('the admin at whatever address the server has', () => {
  it('saves when opened at the machine’s IP address, and refuses a page from another origin using the cookie', async () => {
    const atAddress = session.app.cmsUrl.replace('localhost', '127.0.0.1')
    const page = await session.browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    await logInToAdmin(page, atAddress, admin)
    await page.goto(`${atAddress}/admin/account`)
    await typeAndLetFormSettle(page, '#field-name', 'Quản trị viên văn phòng xã')
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await page.getByText('Cập nhật thành công.').first().waitFor()
    const cookies = await page.context().cookies()
    await page.close()

    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    const whoAmI = (origin: string) =>
      fetch(`${atAddress}/api/users/me`, { headers: { cookie, origin, 'accept-language': 'vi' } }).then(async (r) => ((await r.json()) as { user: unknown }).user)
    expect(await whoAmI(atAddress)).not.toBeNull()
    expect(await whoAmI('http://trang-la.example')).toBeNull()
  }, 120_000)
})

describe('signing in to the running admin', () => {
  it('counts wrong passwords by the connection’s address, whatever X-Forwarded-For a client writes', async () => {
    const statuses: number[] = []
    for (let i = 1; i <= 6; i += 1) {
      const res = await fetch(`${session.app.cmsUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}` },
        body: JSON.stringify({ email: 'ai-do@example.test', password: `doan-mat-khau-${i}` }),
      })
      statuses.push(res.status)
      if (i === 6) expect(JSON.stringify(await res.json())).toContain('quá nhiều lần đăng nhập sai')
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })

  it('an administrator lifts a login hold from the officer’s page in the admin', async () => {
    const post = (pathname: string, body: unknown, token?: string) =>
      fetch(`${session.app.cmsUrl}/api${pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
        body: JSON.stringify(body),
      })
    const adminToken = ((await (await post('/users/login', admin)).json()) as { token: string }).token
    const judge = { email: 'giam-khao-bi-khoa@example.test', password: 'thi sinh nop bai dung han' }
    const created = await post('/users', { ...judge, role: 'judge' }, adminToken)
    expect(created.status, await created.clone().text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    for (let i = 0; i < 5; i += 1) expect((await post('/users/login', { ...judge, password: `sai-${i}-mat-khau` })).status).toBe(401)
    expect((await post('/users/login', judge)).status).toBe(429)

    const page = await session.browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    await logIn(page)
    await page.goto(`${session.app.cmsUrl}/admin/collections/users/${doc.id}`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Mở khoá đăng nhập' }).click()
    await page.getByRole('status').filter({ hasText: 'Đã mở khoá' }).waitFor()
    await page.close()
    expect((await post('/users/login', judge)).status).toBe(200)
  }, 120_000)

  it('an officer changes their own password in the admin only with the current one', async () => {
    const page = await session.browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    await logIn(page)
    await page.goto(`${session.app.cmsUrl}/admin/account`)
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
    const newPassword = 'mat khau moi cua quan tri vien'
    await page.locator('#field-password').fill(newPassword)
    await typeAndLetFormSettle(page, '#field-confirm-password', newPassword)
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await page.getByText('Để đổi mật khẩu của chính mình, hãy nhập mật khẩu hiện tại.').first().waitFor()

    await typeAndLetFormSettle(page, '#field-currentPassword', admin.password)
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await page.getByText('thành công', { exact: false }).first().waitFor()
    await page.close()

    const login = (password: string) =>
      fetch(`${session.app.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: admin.email, password }) })
    const loggedIn = await login(newPassword)
    expect(loggedIn.status).toBe(200)
    expect((await login(admin.password)).status).toBe(401)

    // The production build's REST answer gives the reason, with the field, not only the field's name.
    const { token, user } = (await loggedIn.json()) as { token: string; user: { id: number } }
    const refused = await fetch(`${session.app.cmsUrl}/api/users/${user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, 'accept-language': 'vi' },
      body: JSON.stringify({ password: 'lai mot mat khau khac nua' }),
    })
    expect(refused.status).toBe(400)
    const [problem] = ((await refused.json()) as { errors: { message: string; data: { errors: { path: string; message: string }[] } }[] }).errors
    expect(problem.message).toBe('Chưa lưu: Để đổi mật khẩu của chính mình – hãy nhập mật khẩu hiện tại.')
    expect(problem.data.errors).toEqual([{ path: 'currentPassword', message: 'Để đổi mật khẩu của chính mình, hãy nhập mật khẩu hiện tại.' }])
  }, 120_000)
})
