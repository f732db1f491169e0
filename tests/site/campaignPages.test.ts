import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { campaignTitle, draftCampaignTitle } from '../fixtures/siteFixtureContent'
import { builtPage, filesContaining, pageExists, textOf } from '../helpers/builtPages'

const campaignSlug = 'chien-dich-phong-chong-bao-luc-gia-dinh-tai-xa-can-khe'
const campaignPage = () => builtPage(`truyen-thong/${campaignSlug}`)

describe('built campaign pages', () => {
  it('lists published campaigns, newest first, and never drafts', () => {
    const list = textOf(builtPage('truyen-thong'))
    expect(list).toContain(campaignTitle)
    expect(list.indexOf(campaignTitle)).toBeLessThan(list.indexOf('Chiến dịch có mã độc'))
    expect(filesContaining(draftCampaignTitle)).toEqual([])
  })

  it('has a static page per theme and per commune, so filtering needs no JavaScript', () => {
    expect(pageExists('truyen-thong/chu-de/phong-chong-bao-luc-gia-dinh')).toBe(true)
    expect(pageExists('truyen-thong/xa/can-khe')).toBe(true)
    const byCommune = builtPage('truyen-thong/xa/can-khe')
    expect(textOf(byCommune)).toContain('Địa bàn: Xã Cán Khê')
    expect(textOf(byCommune)).toContain(campaignTitle)
    expect(builtPage('truyen-thong')).toContain('href="/truyen-thong/chu-de/phong-chong-bao-luc-gia-dinh/"')
  })

  it('shows the campaign with its GMT+7 time, details and reach figures', () => {
    const text = textOf(campaignPage())
    expect(text).toContain('Đăng lúc: 09:15:00 10/05/2024 (GMT+7)')
    expect(text).toContain('Loa truyền thanh thôn, bản, Sân khấu hóa, tiểu phẩm')
    expect(text).toContain('Tiếng Việt, Tiếng Mường')
    expect(text).toMatch(/Người tham gia là nữ 340/)
  })

  it('serves images as AVIF and WebP with srcset and alt text', () => {
    const html = campaignPage()
    expect(html).toMatch(/<source type="image\/avif" srcset="[^"]+ 480w, [^"]+ 800w"/)
    expect(html).toMatch(/<source type="image\/webp" srcset="[^"]+ 480w, [^"]+ 800w, [^"]+ 1280w"/)
    expect(html).toContain('alt="Buổi truyền thông tại nhà văn hóa thôn"')
  })

  it('carries Open Graph tags and share links', () => {
    const html = campaignPage()
    expect(html).toContain(`<meta property="og:title" content="${campaignTitle} | `)
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/localhost:3000\/api\/media\/file\/[^"]+\.webp"/)
    expect(html).toContain('<meta property="og:type" content="article"')
    expect(html).toContain(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`http://localhost:4321/truyen-thong/${campaignSlug}/`)}`)
  })

  it('renders hostile text in every field inert', () => {
    const slug = 'script-alert-tieu-de-script-chien-dich-co-ma-doc'
    const pages = [builtPage(`truyen-thong/${slug}`), builtPage('truyen-thong'), builtPage('')]
    for (const html of pages) {
      // Inside a quoted attribute value "<script>" is only text; markup is what is outside them.
      const markup = html.replace(/"[^"]*"/g, '""')
      expect(markup).not.toContain('<script>alert')
      expect(markup).not.toMatch(/<img[^>]+onerror/i)
      expect(html).not.toMatch(/href="\s*javascript:/i)
    }
    // The quote is escaped (Astro 5 wrote &#34;, Astro 7 &quot;), so the value cannot end early.
    expect(pages[0]).toMatch(/<meta name="description" content="(&#34;|&quot;)><script>alert\((&#34;|&quot;)mo-ta(&#34;|&quot;)\)<\/script>"/)
    expect(textOf(pages[0])).toContain('Chiến dịch có mã độc')
    expect(pages[0]).toContain('&lt;script&gt;alert(&quot;tieu-de&quot;)&lt;/script&gt;')
  })

  it('keeps the campaign list and page within 30 KB of HTML and CSS gzipped', () => {
    for (const html of [builtPage('truyen-thong'), campaignPage()]) {
      expect(zlib.gzipSync(html).length).toBeLessThan(30 * 1024)
    }
  })
})
