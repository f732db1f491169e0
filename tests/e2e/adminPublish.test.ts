import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { logInToAdmin, useAppAndBrowser, waitForPage } from '../helpers/appInBrowser'
import { mp4Video, photoLikeImage, wavAudio } from '../helpers/files'

const admin = { email: 'quantri@example.test', password: 'mat-khau-quan-tri-e2e' }
const title = 'Chiến dịch tạo trên trang quản trị bằng trình duyệt'
const slug = 'chien-dich-tao-tren-trang-quan-tri-bang-trinh-duyet'
const alt = 'Hội viên phụ nữ thôn Đồng Lườn dự buổi truyền thông'

const session = useAppAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SITE_REBUILD_DEBOUNCE_MS: '300' })

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
    expect(problem.message).toBe('Để đổi mật khẩu của chính mình, hãy nhập mật khẩu hiện tại.')
    expect(problem.data.errors).toEqual([{ path: 'currentPassword', message: problem.message }])
  }, 120_000)
})
