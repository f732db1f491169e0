import fs from 'node:fs'
import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { slugify } from '../../collections/fields/slugify'
import { contestFixture as c, openContestTitle } from '../fixtures/siteFixtureContent'
import { allBuiltFiles, builtPage, pageExists, textOf } from '../helpers/builtPages'

const contestPage = () => builtPage(`hoi-thi/${slugify(c.title)}`)

describe('contest pages and the showcase of models', () => {
  it('lists contests and shows rules, the window in GMT+7, criteria and prizes', () => {
    expect(textOf(builtPage('hoi-thi'))).toContain(c.title)
    const text = textOf(contestPage())
    expect(text).toContain('Nhận bài từ 08:00:00 01/03/2025 đến 23:59:59 31/05/2025 (GMT+7)')
    expect(text).toContain('Mỗi tổ, nhóm gửi tối đa hai mô hình.')
    expect(text).toMatch(/Tính sáng tạo 2 10/)
    expect(text).toContain('Giải Nhất (1 giải)')
  })

  it('shows awarded models with consent, counts the others without showing them', () => {
    const text = textOf(contestPage())
    expect(text).toContain(c.shownModel)
    expect(text).toContain(c.anonymousModel)
    expect(text).not.toContain(c.hiddenModel)
    expect(text).toContain('Ngoài ra có 1 mô hình đạt giải không được giới thiệu công khai theo nguyện vọng của người dự thi.')
    expect(pageExists(`mo-hinh/${slugify(c.hiddenModel)}`)).toBe(false)
    // In the order of the contest's prizes, though the second prize's title sorts first.
    expect(text.indexOf(c.shownModel)).toBeLessThan(text.indexOf(c.anonymousModel))
  })

  it('gives each shown model its own page, with names and images only where consent allows', () => {
    const shown = textOf(builtPage(`mo-hinh/${slugify(c.shownModel)}`))
    expect(shown).toContain(`Đơn vị thực hiện ${c.team}`)
    expect(shown).toContain('Điều gì đã thay đổi Nam giới cùng làm việc nhà.')
    expect(builtPage(`mo-hinh/${slugify(c.shownModel)}`)).toContain('alt="Tổ truyền thông sinh hoạt tại nhà văn hoá"')
    const anonymous = builtPage(`mo-hinh/${slugify(c.anonymousModel)}`)
    expect(anonymous).not.toContain(c.hiddenTeam)
    expect(anonymous).not.toContain('<img')
  })

  it('shows the entry form only while a contest is open, as a plain multipart form with labels', () => {
    const open = builtPage(`hoi-thi/${slugify(openContestTitle)}`)
    expect(open).toContain(`action="/hoi-thi/${slugify(openContestTitle)}/gui-bai/" enctype="multipart/form-data"`)
    for (const id of ['title', 'modelType', 'description', 'files', 'name', 'phone']) expect(open).toMatch(new RegExp(`<label for="${id}">`))
    expect(contestPage()).not.toContain('gui-bai')
  })

  it('keeps contest and model pages within 30 KB of HTML and CSS gzipped', () => {
    for (const route of ['hoi-thi', `hoi-thi/${slugify(c.title)}`, `hoi-thi/${slugify(openContestTitle)}`, `mo-hinh/${slugify(c.shownModel)}`]) {
      expect(zlib.gzipSync(builtPage(route)).length, route).toBeLessThan(30 * 1024)
    }
  })

  it('never puts the submitter’s contact or the hidden model anywhere in the built site', () => {
    const secrets = [c.contact.name, c.contact.phone, c.contact.email, c.hiddenModel, c.hiddenTeam]
    for (const file of allBuiltFiles()) {
      if (!/\.(html|json|xml|csv|txt|js)$/.test(file)) continue
      const content = fs.readFileSync(file, 'utf8')
      for (const secret of secrets) expect(content.includes(secret), `${secret} in ${file}`).toBe(false)
    }
  })
})
