import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../collections/fields/slugify'
import { seedPlanSlug } from '../../cms/seed/plan'
import { openContestTitle } from '../fixtures/siteFixtureContent'
import { launchBrowser } from '../helpers/browser'
import { serveBuiltSite } from '../helpers/serveSite'

let browser: Browser
let site: { url: string; stop: () => void }
const planPath = `/ke-hoach/${seedPlanSlug}/`

beforeAll(async () => {
  site = await serveBuiltSite(inject('siteDir'))
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  site?.stop()
})

/** Page sizes in points from the PDF's page objects, and the text as pdftotext reads it. */
function readPdf(file: string) {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1000', file], { encoding: 'utf8' })
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])])
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  return { sizes, text }
}

describe('printing a plan', () => {
  it('prints to an A4 portrait PDF of several pages without navigation or side blocks', async () => {
    const page = await browser.newPage()
    await page.goto(site.url + planPath)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-pdf-')), 'ke-hoach.pdf')
    await page.pdf({ path: file, preferCSSPageSize: true })
    await page.close()

    const { sizes, text } = readPdf(file)
    expect(sizes.length).toBeGreaterThan(1)
    for (const [width, height] of sizes) {
      expect(Math.abs(width - 595.3)).toBeLessThan(2)
      expect(Math.abs(height - 841.9)).toBeLessThan(2)
    }
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain('BAN THƯỜNG VỤ HỘI LHPN HUYỆN NHƯ THANH')
    expect(flat).toContain('VII. TỔ CHỨC THỰC HIỆN')
    for (const absent of ['Trang chủ', 'ĐIỆN THOẠI HỮU ÍCH', 'Chào mừng các bạn', 'Cỡ chữ', 'In trang']) {
      expect(flat).not.toContain(absent)
    }
    // Page numbers are centred at the top from page 2: the second page starts with "2".
    const secondPage = text.split('\f')[1]!.trim()
    expect(secondPage.startsWith('2')).toBe(true)
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
  })

  it('uses Times New Roman (or its metric twin) at 13–14 pt in print', async () => {
    const page = await browser.newPage()
    await page.goto(site.url + planPath)
    await page.emulateMedia({ media: 'print' })
    const style = await page.evaluate(() => {
      const p = document.querySelector('.prose p')!
      const s = getComputedStyle(p)
      return { family: s.fontFamily, size: parseFloat(s.fontSize), color: s.color }
    })
    await page.close()
    expect(style.family).toMatch(/^"?Times New Roman"?/)
    expect(style.size).toBeGreaterThanOrEqual((13 * 96) / 72 - 0.5)
    expect(style.size).toBeLessThanOrEqual((14 * 96) / 72 + 0.5)
    expect(style.color).toBe('rgb(0, 0, 0)')
  })
})

describe('reading on a phone', () => {
  it('fits a 360 px screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
    for (const route of ['/', '/ke-hoach/', planPath, '/tien-do/', `/tien-do/${seedPlanSlug}/`, '/du-lieu/', '/truyen-thong/', '/thu-vien/', '/tim-kiem/', '/hoi-thi/', `/hoi-thi/${slugify(openContestTitle)}/`]) {
      await page.goto(site.url + route)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, route).toBeLessThanOrEqual(0)
    }
    await page.close()
  })

  it('draws the progress charts legibly at 360 px and on an A4 page, with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    await page.goto(site.url + `/tien-do/${seedPlanSlug}/`)
    const sizes = async () =>
      page.evaluate(() =>
        [...document.querySelectorAll('svg.chart')].map((svg) => {
          const box = svg.getBoundingClientRect()
          const label = svg.querySelector('.chart__label')!.getBoundingClientRect()
          return { left: box.left, right: box.right, textHeight: label.height }
        }),
      )
    const phone = await sizes()
    expect(phone.length).toBeGreaterThanOrEqual(4)
    for (const chart of phone) {
      expect(chart.left).toBeGreaterThanOrEqual(0)
      expect(chart.right).toBeLessThanOrEqual(360)
      // 12 px text in a 320-unit drawing stays at least 11 px tall on the phone.
      expect(chart.textHeight).toBeGreaterThanOrEqual(11)
    }
    await page.emulateMedia({ media: 'print' })
    for (const chart of await sizes()) {
      expect(chart.right - chart.left).toBeGreaterThan(0)
      // A4 minus the 30 + 15 mm margins is 165 mm wide; charts are drawn at most 120 mm.
      expect(chart.right - chart.left).toBeLessThanOrEqual((120 * 96) / 25.4 + 1)
    }
    await context.close()
  })

  it('is fully readable with JavaScript off, with the enhancement controls hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(site.url + planPath)
    expect(await page.locator('table tbody tr').count()).toBe(10)
    expect(await page.locator('[data-page-tools]').isVisible()).toBe(false)
    await context.close()
  })

  it('enlarges the text with the font-size control and remembers it on the next page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(site.url + planPath)
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click()
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click()
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('120%')
    await page.goto(site.url + '/ke-hoach/')
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('19.2px')
    await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click()
    await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click()
    await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click()
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('100%')
    await context.close()
  })

  it('starts keyboard navigation with a skip link to the content', async () => {
    const page = await browser.newPage()
    await page.goto(site.url + planPath)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => location.hash)).toBe('#noi-dung')
    await page.close()
  })
})

describe('hostile content', () => {
  it('runs no script and opens no dialog from text an editor typed', async () => {
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await page.goto(`${site.url}/truyen-thong/script-alert-tieu-de-script-chien-dich-co-ma-doc/`)
    await page.getByText('liên kết độc').click()
    await page.goto(`${site.url}/truyen-thong/`)
    expect(dialogs).toEqual([])
    await page.close()
  })
})
