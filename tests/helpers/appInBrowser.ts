import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { launchBrowser } from './browser'
import { startApp, type RunningApp } from './runningApp'

/** The whole product (as `npm start`) and a Chromium, for one test file; read them inside tests. */
export function useAppAndBrowser(env: Record<string, string>): { app: RunningApp; browser: Browser } {
  const state = {} as { app: RunningApp; browser: Browser }
  beforeAll(async () => {
    state.app = await startApp(env)
    state.browser = await launchBrowser()
  }, 480_000)
  afterAll(async () => {
    await state.browser?.close()
    await state.app?.stop()
  }, 60_000)
  return state
}

/** Logs in through the admin's own login page, in Vietnamese. */
export async function logInToAdmin(page: Page, cmsUrl: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill(user.email)
  await page.locator('#field-password').fill(user.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin\/?$/)
}

/** Polls a portal address until it answers 200 with what the test waits for (a rebuild takes seconds). */
export async function waitForPage(url: string, ok: (html: string) => boolean = () => true, timeoutMs = 90_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const res = await fetch(url)
    const html = await res.text()
    if (res.ok && ok(html)) return html
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not reach the expected state within ${timeoutMs / 1000} s`)
}
