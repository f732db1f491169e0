import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { courseFixture as c } from '../fixtures/siteFixtureContent'
import { launchBrowser } from '../helpers/browser'
import { serveBuiltSite } from '../helpers/serveSite'

let browser: Browser
let site: { url: string; stop: () => void }
let payload: Payload

beforeAll(async () => {
  const env = inject('siteEnv')
  Object.assign(process.env, env)
  site = await serveBuiltSite(inject('siteDir'), env)
  browser = await launchBrowser()
  const { default: config } = await import('../../cms/payload.config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
}, 120_000)
afterAll(async () => {
  await browser?.close()
  site?.stop()
  await payload?.destroy()
})

describe('taking a course on a phone with JavaScript off', () => {
  it('reads the lessons, is told which self-check answers were wrong and why, records completion and prints the certificate on one A4 page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    // A click starts the navigation without waiting for the next page: measure once it has loaded.
    const fits = async () => {
      await page.waitForLoadState('load')
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    }

    await page.goto(`${site.url}/khoa-hoc/`)
    await fits()
    await Promise.all([page.waitForURL(new RegExp(`/khoa-hoc/${c.slug}/$`)), page.getByRole('link', { name: c.title }).click()])
    await fits()
    await Promise.all([page.waitForURL(new RegExp(`/${c.lessonSlugs[0]}/$`)), page.getByRole('link', { name: 'Bắt đầu học' }).click()])
    expect(await page.locator('h1').textContent()).toBe(c.lessonTitles[0])
    await fits()
    expect(await page.locator('video').getAttribute('poster')).toMatch(/^http/)
    await page.getByText('Lời thoại').click()
    expect(await page.getByText(c.transcript).isVisible()).toBe(true)

    // One right answer, one wrong.
    await page.getByRole('group', { name: /Câu 1\./ }).getByLabel(c.rightAnswer).check()
    await page.getByRole('group', { name: /Câu 2\./ }).getByLabel(c.wrongAnswer).check()
    await Promise.all([page.waitForURL(/\/kiem-tra\/$/), page.getByRole('button', { name: 'Chấm bài' }).click()])
    await fits()
    const marked = (await page.locator('main').textContent())!.replace(/\s+/g, ' ')
    expect(marked).toContain('Đúng 1/2 câu.')
    expect(marked).toContain(`Chưa đúng: bạn chọn “${c.wrongAnswer}”.`)
    expect(marked).toContain(c.explanation)

    // An empty form gives nothing away: no right answer, no explanation.
    const empty = await fetch(`${site.url}/khoa-hoc/${c.slug}/${c.lessonSlugs[0]}/kiem-tra/`, { method: 'POST', body: new URLSearchParams({}), headers: { Origin: site.url } })
    const emptyText = await empty.text()
    expect(emptyText).toContain('Đúng 0/2 câu.')
    expect(emptyText).toContain('Bạn chưa chọn đáp án.')
    expect(emptyText).not.toContain(c.rightAnswer)
    expect(emptyText).not.toContain(c.explanation)

    // On to the last lesson, then the completion form.
    await page.goto(`${site.url}/khoa-hoc/${c.slug}/${c.lessonSlugs[2]}/`)
    await Promise.all([page.waitForURL(new RegExp(`/khoa-hoc/${c.slug}/#hoan-thanh$`)), page.getByRole('link', { name: /Học xong/ }).click()])
    await page.getByLabel(/Họ và tên/).fill('Lò Thị Học Viên')
    await page.getByLabel(/^Xã/).selectOption({ label: 'Xã Cán Khê' })
    await Promise.all([page.waitForURL(/\/chung-nhan\/CN-[0-9A-Z]{4}-[0-9A-Z]{4}\/$/), page.getByRole('button', { name: 'Ghi nhận và nhận giấy chứng nhận' }).click()])
    await fits()
    const certificate = (await page.locator('main').textContent())!.replace(/\s+/g, ' ')
    expect(certificate).toContain('GIẤY CHỨNG NHẬN HOÀN THÀNH KHOÁ HỌC')
    expect(certificate).toContain('Lò Thị Học Viên')
    expect(certificate).toContain(`“${c.title}”`)
    expect(certificate).toMatch(/Ngày \d{2}\/\d{2}\/\d{4}/)

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-cert-')), 'chung-nhan.pdf')
    await page.pdf({ path: file, preferCSSPageSize: true })
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+1\n/)
    const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!
    expect([Math.round(Number(w)), Math.round(Number(h))].sort()).toEqual([595, 842])
    const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(printed).toContain('Lò Thị Học Viên')
    expect(printed).not.toContain('ĐIỆN THOẠI HỮU ÍCH')
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
    await context.close()

    // Stored privately, with the commune chosen.
    const stored = await payload.find({ collection: 'course-completions', where: { name: { equals: 'Lò Thị Học Viên' } }, depth: 1, overrideAccess: true })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0]!.commune).toMatchObject({ name: 'Xã Cán Khê' })
  })

  it('gives each completion its own certificate (never another person’s for the same name), and refuses an incomplete form with its reasons', async () => {
    const post = (fields: Record<string, string>) =>
      fetch(`${site.url}/khoa-hoc/${c.slug}/hoan-thanh/`, { method: 'POST', body: new URLSearchParams(fields), headers: { Origin: site.url }, redirect: 'manual' })
    const canKhe = (await payload.find({ collection: 'org-units', where: { name: { equals: 'Xã Cán Khê' } }, depth: 0 })).docs[0]!.id
    const first = await post({ name: 'Hà Văn Hai Lần', commune: String(canKhe), phone: '0912 111 222' })
    const again = await post({ name: 'hà văn  hai lần', commune: String(canKhe), phone: '0912111222' })
    expect([first.status, again.status]).toEqual([303, 303])
    expect(again.headers.get('location')).toMatch(/^\/chung-nhan\/CN-[0-9A-Z]{4}-[0-9A-Z]{4}\/$/)
    expect(again.headers.get('location')).not.toBe(first.headers.get('location'))
    // Two records, one person in the counts (tests/collections/courses.test.ts checks the counting).
    expect((await payload.count({ collection: 'course-completions', where: { name: { like: 'Hai Lần' } }, overrideAccess: true })).totalDocs).toBe(2)
    const tampered = await post({ name: 'Ai Đó', commune: "1' OR '1'='1" })
    expect(tampered.status).toBe(400)
    expect(await tampered.text()).toContain('Hãy chọn xã nơi bạn sinh sống hoặc công tác.')

    const bad = await post({ name: '', commune: '', phone: '12' })
    expect(bad.status).toBe(400)
    const html = await bad.text()
    expect(html).toContain('Hãy nhập họ và tên để ghi trên giấy chứng nhận.')
    expect(html).toContain('Hãy chọn xã nơi bạn sinh sống hoặc công tác.')
    expect(html).toContain('Số điện thoại phải có ít nhất 9 chữ số')
    const missing = await fetch(`${site.url}/chung-nhan/CN-ZZZZ-ZZZZ/`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('private, no-store')
  })
})
