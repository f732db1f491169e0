import { afterAll, describe, expect, it } from 'vitest'

import { logInToAdmin, useAppAndBrowser } from '../helpers/appInBrowser'
import { startSmtp } from '../helpers/smtp'

const admin = { email: 'quantri-quen@example.test', password: 'mat-khau-quan-tri-cu-1' }
const mail = await startSmtp()
const session = useAppAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SMTP_URL: mail.url })
afterAll(() => mail.stop())

describe('a forgotten password, as an officer meets it (npm start, a real mail server, Chromium)', () => {
  it('mails a link from the login page; the new password works and the old sessions end', async () => {
    const { app, browser } = session
    const office = await browser.newContext({ locale: 'vi-VN' })
    const oldPage = await office.newPage()
    await logInToAdmin(oldPage, app.cmsUrl, admin)

    const home = await browser.newContext({ locale: 'vi-VN' })
    const page = await home.newPage()
    await page.goto(`${app.cmsUrl}/admin/login`, { waitUntil: 'networkidle' })
    await page.getByRole('link', { name: /Quên mật khẩu/ }).click()
    await page.waitForURL(/\/admin\/forgot/)
    await page.waitForLoadState('networkidle')
    await page.locator('#field-email').fill(admin.email)
    await page.locator('form button[type="submit"]').click()
    const [message] = await mail.to(admin.email)
    expect(message!.subject).toBe('Đặt lại mật khẩu Cổng thông tin Dự án 8')
    const link = String(message!.html).match(/href="([^"]+\/admin\/reset\/[^"]+)"/)![1]!
    expect(link.startsWith(`http://localhost:${new URL(app.cmsUrl).port}/admin/reset/`)).toBe(true)

    // The admin's forms work once React has taken over the page.
    await page.goto(link, { waitUntil: 'networkidle' })
    await page.locator('#field-password').fill('mat-khau-moi-sau-khi-quen-1')
    await page.locator('#field-confirm-password').fill('mat-khau-moi-sau-khi-quen-1')
    await page.locator('form button[type="submit"]').click()
    await page.waitForURL(/\/admin\/?$/)

    // The session opened before the reset is over; the new password opens a new one.
    await oldPage.goto(`${app.cmsUrl}/admin`)
    await oldPage.waitForURL(/\/admin\/login/)
    const fresh = await browser.newContext({ locale: 'vi-VN' })
    await logInToAdmin(await fresh.newPage(), app.cmsUrl, { email: admin.email, password: 'mat-khau-moi-sau-khi-quen-1' })
    for (const context of [office, home, fresh]) await context.close()
  }, 120_000)
})
