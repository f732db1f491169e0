import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { campaignTitle, draftCampaignTitle } from '../fixtures/siteFixtureContent'
import { launchBrowser } from '../helpers/browser'
import { serveBuiltSite } from '../helpers/serveSite'

let browser: Browser
let site: { url: string; stop: () => void }

beforeAll(async () => {
  site = await serveBuiltSite(inject('siteDir'))
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  site?.stop()
})

async function search(q: string): Promise<string> {
  const page = await browser.newPage()
  await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent(q)}`)
  await page.locator('#ket-qua p').first().waitFor()
  const text = await page.locator('#ket-qua').innerText()
  await page.close()
  return text
}

describe('search (Pagefind)', () => {
  it('finds a campaign whether the words are typed with or without diacritics', async () => {
    for (const q of ['bạo lực', 'bao luc']) {
      const results = await search(q)
      expect(results, q).toContain(campaignTitle)
    }
  })

  it('never finds drafts', async () => {
    expect(await search('QWE')).not.toContain(draftCampaignTitle)
  })
})
