import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { allBuiltFiles, clientDir } from '../helpers/builtPages'
import { serveBuiltSite } from '../helpers/serveSite'

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const vnuJar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar')

/** The first built page whose path (under the client folder) matches, as a URL path. */
function firstPage(pattern: RegExp): string {
  const found = allBuiltFiles()
    .filter((file) => file.endsWith('/index.html'))
    .map((file) => `/${path.relative(clientDir(), path.dirname(file))}/`.replace(/^\/\/$/, '/'))
    .sort()
    .find((route) => pattern.test(route))
  if (!found) throw new Error(`no built page matches ${pattern}`)
  return found
}

/** One page of every kind the portal has, built and server-rendered. */
function pageTypes(): Record<string, string> {
  return {
    'trang chủ': '/',
    'danh sách kế hoạch': '/ke-hoach/',
    'kế hoạch': firstPage(/^\/ke-hoach\/[^/]+\/$/),
    'tiến độ': '/tien-do/',
    'tiến độ một kế hoạch': firstPage(/^\/tien-do\/[^/]+\/$/),
    'bản tổng hợp': firstPage(/^\/tien-do\/[^/]+\/ban-[^/]+\/$/),
    'truyền thông': '/truyen-thong/',
    'truyền thông theo chủ đề': firstPage(/^\/truyen-thong\/(chu-de|dia-ban|ngon-ngu)[^/]*\/[^/]+\/$/),
    'chiến dịch': firstPage(/^\/truyen-thong\/(?!trang-|chu-de|dia-ban|ngon-ngu)[^/]+\/$/),
    'hội thi': '/hoi-thi/',
    'hội thi đang nhận bài (có mẫu gửi bài)': firstPage(/^\/hoi-thi\/[^/]*dang-nhan-bai\/$/),
    'hội thi đã đóng': firstPage(/^\/hoi-thi\/[^/]*het-han[^/]*\/$/),
    'mô hình': firstPage(/^\/mo-hinh\/[^/]+\/$/),
    'thư viện': '/thu-vien/',
    'thư viện theo loại': firstPage(/^\/thu-vien\/(?!trang-)[^/]+\/[^/]+\/$/),
    'dữ liệu mở': '/du-lieu/',
    'khoá học': '/khoa-hoc/',
    'một khoá học (có mẫu ghi nhận hoàn thành)': firstPage(/^\/khoa-hoc\/[^/]+\/$/),
    'bài học (video, tài liệu, tự kiểm tra)': firstPage(/^\/khoa-hoc\/[^/]+\/gioi-va-binh-dang-gioi\/$/),
    'tìm kiếm': '/tim-kiem/',
    'kết quả tìm kiếm (máy chủ)': '/tim-kiem/ket-qua/?q=bao+luc',
    'tra cứu biên nhận (máy chủ)': '/hoi-thi/tra-cuu/',
    'không tìm thấy': '/khong-co-trang-nay/',
  }
}

/** Pages a form answers with: filled in Chromium, sent as a visitor sends them (no JavaScript needed). */
const formAnswers: Record<string, { route: () => string; send: (page: Page) => Promise<void>; shows?: string }> = {
  'bài dự thi thiếu thông tin (máy chủ trả lời)': {
    route: () => firstPage(/^\/hoi-thi\/[^/]*dang-nhan-bai\/$/),
    send: async (page) => {
      // The browser would stop an empty form itself; the server's own answer is what is checked here.
      await page.locator('form.entry-form').evaluate((form: HTMLFormElement) => (form.noValidate = true))
      await Promise.all([page.waitForURL(/\/gui-bai\/$/), page.getByRole('button', { name: 'Gửi bài dự thi' }).click()])
    },
  },
  'kết quả tự kiểm tra (máy chủ chấm)': {
    route: () => firstPage(/^\/khoa-hoc\/[^/]+\/gioi-va-binh-dang-gioi\/$/),
    send: async (page) => {
      await page.locator('input[name="q1"]').first().check()
      await Promise.all([page.waitForURL(/\/kiem-tra\/$/), page.getByRole('button', { name: 'Chấm bài' }).click()])
    },
  },
  'giấy chứng nhận (máy chủ trả lời)': {
    route: () => firstPage(/^\/khoa-hoc\/[^/]+\/$/),
    send: async (page) => {
      await page.getByLabel(/Họ và tên/).fill('Người Kiểm Tra Truy Cập')
      await page.getByLabel(/^Xã/).selectOption({ index: 1 })
      await Promise.all([page.waitForURL(/\/chung-nhan\/[^/]+\/$/), page.getByRole('button', { name: 'Ghi nhận và nhận giấy chứng nhận' }).click()])
    },
    shows: '.certificate',
  },
  'tra cứu mã không có (máy chủ trả lời)': {
    route: () => '/hoi-thi/tra-cuu/',
    send: async (page) => {
      await page.getByLabel('Mã biên nhận').fill('HT-KHONG-CO00')
      await page.getByLabel('Số điện thoại đã khai khi gửi bài').fill('0912345678')
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Tra cứu' }).click()])
    },
  },
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource)
  return (await page.evaluate(() =>
    // @ts-expect-error axe is defined by the script evaluated above
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }).then((r) => r.violations),
  )) as AxeViolation[]
}

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

let browser: Browser
let site: { url: string; stop: () => void }
let pages: Record<string, string>

beforeAll(async () => {
  site = await serveBuiltSite(inject('siteDir'), inject('siteEnv'))
  browser = await launchBrowser()
  pages = pageTypes()
})
afterAll(async () => {
  await browser?.close()
  site?.stop()
})

describe('accessibility of every page type', () => {
  for (const width of [1280, 360]) {
    it(`axe-core finds nothing (WCAG 2.1 A/AA and best practice) at ${width} px`, async () => {
      // axe is injected by the test; the portal's script policy rightly refuses scripts it did not send.
      const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true })
      const found: string[] = []
      for (const [name, route] of Object.entries(pages)) {
        const page = await context.newPage()
        const response = await page.goto(`${site.url}${route}`)
        expect(response?.status(), `${name} ${route}`).toBe(name === 'không tìm thấy' ? 404 : 200)
        for (const v of await axeViolations(page)) found.push(`${name} (${route}): ${v.id} [${v.impact}] ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
        await page.close()
      }
      for (const [name, { route, send, shows }] of Object.entries(formAnswers)) {
        const page = await context.newPage()
        await page.goto(`${site.url}${route()}`)
        await send(page)
        expect(await page.locator(shows ?? '.error-summary, .notice, [role=alert], .field__error').count(), `${name}: the answer says what is wrong, or shows what was asked for`).toBeGreaterThan(0)
        for (const v of await axeViolations(page)) found.push(`${name}: ${v.id} [${v.impact}] ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
        await page.close()
      }
      await context.close()
      expect(found).toEqual([])
    })
  }

  it('the Nu HTML checker finds no errors in any page type', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'))
    const files = await Promise.all(
      Object.entries(pages).map(async ([, route], i) => {
        const file = path.join(dir, `${i}-${route.replace(/[^a-z0-9]+/gi, '-')}.html`)
        fs.writeFileSync(file, await (await fetch(`${site.url}${route}`)).text())
        return file
      }),
    )
    const run = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], { maxBuffer: 20 * 1024 * 1024 }).catch((e) => e)
    const report = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url: string; message: string; lastLine?: number }[] }
    // A file the checker could not read is reported as a non-document error: that fails too.
    const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map((m) => `${path.basename(m.url)}:${m.lastLine} ${m.message}`)
    fs.rmSync(dir, { recursive: true, force: true })
    expect(errors).toEqual([])
  })
})
