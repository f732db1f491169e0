import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, inject, it } from 'vitest'

import { campaignTitle, draftCampaignTitle } from '../fixtures/siteFixtureContent'

const file = (name: string) => fs.readFileSync(path.join(inject('siteDir'), 'client', name), 'utf8')

describe('feeds for aggregators and search engines', () => {
  it('publishes an RSS feed of published campaigns and plans, newest first', () => {
    const feed = file('rss.xml')
    expect(feed).toContain('<language>vi</language>')
    expect(feed).toContain(`<title>${campaignTitle}</title>`)
    expect(feed).toContain('/ke-hoach/ke-hoach-thuc-hien-du-an-8-huyen-nhu-thanh/')
    expect(feed).not.toContain(draftCampaignTitle)
    const dates = [...feed.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  it('lists every public page in the sitemap, and no preview route', () => {
    const sitemap = file('sitemap-0.xml')
    expect(sitemap).toContain('http://localhost:4321/truyen-thong/chien-dich-phong-chong-bao-luc-gia-dinh-tai-xa-can-khe/')
    expect(sitemap).toContain('http://localhost:4321/ke-hoach/')
    expect(sitemap).not.toContain('xem-truoc')
    expect(file('sitemap-index.xml')).toContain('sitemap-0.xml')
  })
})
