import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { courseFixture as c } from '../fixtures/siteFixtureContent'
import { builtPage, clientDir, filesContaining, pageExists, textOf } from '../helpers/builtPages'

const coursePath = `khoa-hoc/${c.slug}`
const lessonPath = (i: number) => `${coursePath}/${c.lessonSlugs[i]}`

describe('online courses on the portal', () => {
  it('lists published courses with their lessons’ count, never a draft', () => {
    const list = textOf(builtPage('khoa-hoc'))
    expect(list).toContain(c.title)
    expect(list).toContain('3 bài học')
    expect(list).not.toContain(c.draftTitle)
    expect(pageExists(`khoa-hoc/${c.draftSlug}`)).toBe(false)
    expect(filesContaining(c.draftTitle)).toEqual([])
    expect(builtPage('')).toContain('href="/khoa-hoc/"')
  })

  it('shows a course with its audience, content area, language, licence, ordered lessons and the completion form', () => {
    const html = builtPage(coursePath)
    const text = textOf(html)
    expect(text).toMatch(/Dành cho Tổ truyền thông cộng đồng, Cán bộ Hội LHPN cấp xã/)
    expect(text).toContain('Nội dung 1: Tuyên truyền, vận động thay đổi “nếp nghĩ, cách làm”')
    expect(text).toContain('Được dùng lại, ghi nguồn (CC BY 4.0)')
    const links = [...html.matchAll(/<li><a href="(\/khoa-hoc\/[^"]+)">/g)].map((m) => m[1])
    expect(links).toEqual(c.lessonSlugs.map((s) => `/${coursePath}/${s}/`))
    expect(html).toContain(`<form class="entry-form" method="post" action="/${coursePath}/hoan-thanh/">`)
    expect(html).toMatch(/<option value="\d+">Xã Cán Khê<\/option>/)
  })

  it('gives a lesson its video with poster and transcript, its handbook to download, and a self-check with no answer in the page', () => {
    const html = builtPage(lessonPath(0))
    const text = textOf(html)
    expect(text).toContain('Bài 1/3')
    expect(html).toMatch(/<video controls preload="none" poster="http:\/\/[^"]+\/api\/media\/file\/[^"]+" width="640">\s*<source src="http:\/\/[^"]+\.mp4" type="video\/mp4">/)
    expect(text).toContain(c.transcript)
    expect(html).toMatch(new RegExp(`<a href="http://[^"]+\\.pdf" download>${c.handbookCaption}</a>`))
    expect(html).toContain(`action="/${lessonPath(0)}/kiem-tra/"`)
    expect(html.match(/type="radio" name="q1"/g)).toHaveLength(3)
    expect(html.match(/type="radio" name="q2"/g)).toHaveLength(2)
    // The right answers and why are only ever read by the marking route.
    expect(filesContaining(c.explanation)).toEqual([])
    expect(html).not.toMatch(/correct|checked/)
    expect(builtPage(lessonPath(1))).toContain(`rel="prev"`)
    expect(builtPage(lessonPath(2))).toContain(`href="/${coursePath}/#hoan-thanh"`)
  })

  it('keeps course pages within the budget: 30 KB of HTML and CSS gzipped, no script needed', () => {
    for (const route of ['khoa-hoc', coursePath, lessonPath(0), lessonPath(1), lessonPath(2)]) {
      const html = builtPage(route)
      expect(zlib.gzipSync(html).length, route).toBeLessThan(30 * 1024)
      expect(html.match(/<script\b[^>]*>/g), route).toEqual(['<script defer src="/js/cong-cu-trang.js">'])
    }
  })

  it('puts courses and lessons in the search index, the sitemap and the RSS feed', () => {
    const sitemap = fs.readdirSync(clientDir()).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => fs.readFileSync(path.join(clientDir(), f), 'utf8')).join('')
    expect(sitemap).toContain(`/${coursePath}/</loc>`)
    expect(sitemap).toContain(`/${lessonPath(2)}/</loc>`)
    expect(sitemap).not.toContain('/chung-nhan/')
    const rss = fs.readFileSync(path.join(clientDir(), 'rss.xml'), 'utf8')
    expect(rss).toContain(`<title>${c.title}</title>`)
    expect(rss).toContain(`/${coursePath}/</link>`)
    const entries = JSON.parse(fs.readFileSync(path.join(clientDir(), 'tim-kiem', 'chi-muc.json'), 'utf8')) as { url: string; title: string; kind: string; text: string }[]
    const courseEntries = entries.filter((e) => e.kind === 'course')
    expect(courseEntries.map((e) => e.url)).toEqual([`/${coursePath}/`, ...c.lessonSlugs.map((s) => `/${coursePath}/${s}/`)])
    expect(courseEntries.find((e) => e.url === `/${lessonPath(0)}/`)!.text).toContain(c.transcript)
    expect(JSON.stringify(entries)).not.toContain(c.explanation)
  })
})
