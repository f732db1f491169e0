import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { seedPlanSlug } from '../../cms/seed/plan'
import { campaignTitle, draftCampaignTitle, hiddenPdfText, hostileTitle, libraryPdf, secondPlanTitle } from '../fixtures/siteFixtureContent'
import { launchBrowser } from '../helpers/browser'
import { serveBuiltSite } from '../helpers/serveSite'

let browser: Browser
let site: { url: string; stop: () => void }

beforeAll(async () => {
  site = await serveBuiltSite(inject('siteDir'), inject('siteEnv'))
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  site?.stop()
})

/** Searches with Pagefind in Chromium; if no results come, says what the page tried and what failed. */
async function search(q: string): Promise<string> {
  return (await searchInBrowser(q)).text
}

async function searchInBrowser(q: string): Promise<{ text: string; titles: string[] }> {
  const page = await browser.newPage()
  const events: string[] = []
  page.on('console', (m) => events.push(`console.${m.type()}: ${m.text()}`))
  page.on('pageerror', (e) => events.push(`page error: ${e.message}`))
  page.on('requestfailed', (r) => events.push(`failed: ${r.url()} ${r.failure()?.errorText}`))
  page.on('response', (r) => events.push(`${r.status()} ${r.url()}`))
  try {
    await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent(q)}`)
    await page.locator('#ket-qua p').first().waitFor({ timeout: 20_000 })
    return { text: await page.locator('#ket-qua').innerText(), titles: await page.locator('#ket-qua ol > li > a').allInnerTexts() }
  } catch (error) {
    throw new Error(`no results for "${q}" at ${page.url()}:\n${events.join('\n')}\n${(error as Error).message}`)
  } finally {
    await page.close()
  }
}

describe('search (Pagefind)', () => {
  it('finds a campaign whether the words are typed with or without diacritics', async () => {
    for (const q of ['bạo lực', 'bao luc', 'bao luc gia dinh', 'GIA ĐÌNH']) {
      const results = await search(q)
      expect(results, q).toContain(campaignTitle)
    }
  })

  it('never finds drafts', async () => {
    expect(await search('QWE')).not.toContain(draftCampaignTitle)
  })
})

async function serverSearch(q: string) {
  const res = await fetch(`${site.url}/tim-kiem/ket-qua/?q=${encodeURIComponent(q)}`)
  return { status: res.status, html: await res.text() }
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
const serverTitles = async (q: string) => [...(await serverSearch(q)).html.split('id="ket-qua"')[1]!.split('</ol>')[0]!.matchAll(/<li><a href="[^"]*">([^<]*)<\/a>/g)].map((m) => unescape(m[1]!))

describe('one index for both ways to search', () => {
  it('ranks alike with and without JavaScript: the phrase in a title, then in the text, then the words apart', async () => {
    const entries = (await (await fetch(`${site.url}/tim-kiem/chi-muc.json`)).json()) as { url: string; title: string }[]
    const seedPlanTitle = entries.find((e) => e.url === `/ke-hoach/${seedPlanSlug}/`)!.title
    for (const q of ['lồng ghép giới', 'long ghep gioi']) {
      const server = await serverTitles(q)
      expect(server.slice(0, 2), q).toEqual([libraryPdf.caption, seedPlanTitle])
      expect(server.indexOf(secondPlanTitle), q).toBeGreaterThan(1)
      expect((await searchInBrowser(q)).titles, q).toEqual(server)
    }
  })

  it('finds a library PDF by words found only in its text, and never a file kept out of the library', async () => {
    expect(await serverTitles(libraryPdf.onlyInText)).toEqual([libraryPdf.caption])
    expect((await searchInBrowser(libraryPdf.onlyInText)).titles).toEqual([libraryPdf.caption])
    expect((await serverSearch('KHONGCONGKHAI')).html).toContain('Không tìm thấy kết quả')
    expect(await search('KHONGCONGKHAI')).toContain('Không tìm thấy kết quả')
    // Nor anywhere in what the build publishes for search.
    const client = path.join(inject('siteDir'), 'client')
    const fragments = fs.readdirSync(path.join(client, 'pagefind', 'fragment')).filter((f) => f.endsWith('.pf_fragment')).map((f) => zlib.gunzipSync(fs.readFileSync(path.join(client, 'pagefind', 'fragment', f))).toString())
    expect(fragments.some((f) => f.includes(libraryPdf.text[1]!.slice(0, 30)))).toBe(true)
    expect(fragments.join('\n')).not.toContain('KHONGCONGKHAI')
    expect(fs.readFileSync(path.join(client, 'tim-kiem', 'chi-muc.json'), 'utf8')).not.toContain(hiddenPdfText)
  })

  it('leaves the pages without a hidden copy of their text for the index', async () => {
    const html = await (await fetch(`${site.url}/ke-hoach/${seedPlanSlug}/`)).text()
    expect(html).not.toMatch(/data-pagefind|data-search-aliases|visually-hidden" aria-hidden="true"/)
  })
})

describe('search without JavaScript (server results page)', () => {
  it('finds the campaign with or without diacritics and marks the words found', async () => {
    for (const q of ['bạo lực', 'bao luc', 'BAO LUC']) {
      const { status, html } = await serverSearch(q)
      expect(status, q).toBe(200)
      expect(html, q).toContain(`>${campaignTitle}</a>`)
      expect(html, q).toMatch(/<mark>bạo lực<\/mark>|<mark>bạo<\/mark>/)
    }
  })

  it('finds plans, never drafts, and says so when nothing matches', async () => {
    expect((await serverSearch('hoi thi mo hinh')).html).toContain(secondPlanTitle.replace(/^Kế hoạch /, 'Kế hoạch '))
    const draft = await serverSearch('QWE')
    expect(draft.html).not.toContain(draftCampaignTitle)
    expect(draft.html).toContain('Không tìm thấy kết quả cho “QWE”.')
  })

  it('echoes a hostile query as text', async () => {
    const { status, html } = await serverSearch('<script>alert(1)</script>')
    expect(status).toBe(200)
    // Inside a quoted attribute value (the search box keeps the query) "<script>" is only text.
    expect(html.replace(/"[^"]*"/g, '""')).not.toContain('<script>alert(1)')
    expect(html).toContain('1 kết quả cho “&lt;script&gt;alert(1)&lt;/script&gt;”')
  })

  it('works in a browser with JavaScript turned off, from the search box to the campaign', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${site.url}/tim-kiem/`)
    await page.getByLabel('Từ khoá').fill('bao luc gia dinh')
    await page.getByRole('button', { name: 'Tìm kiếm' }).click()
    await page.waitForURL(/\/tim-kiem\/ket-qua\/\?q=bao\+luc\+gia\+dinh/)
    await page.getByRole('link', { name: campaignTitle }).click()
    expect(await page.locator('h1').innerText()).toBe(campaignTitle)
    await context.close()
  })

  it('finds the hostile campaign and shows its title as text', async () => {
    const { html } = await serverSearch('ma doc')
    expect(html).toContain('&lt;script&gt;alert(&quot;tieu-de&quot;)&lt;/script&gt;Chiến dịch có mã độc')
    expect(html).not.toContain(hostileTitle)
  })
})
