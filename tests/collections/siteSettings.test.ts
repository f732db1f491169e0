import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validationMessages } from '../helpers/errors'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startTestPayload()
})
afterAll(() => ctx?.close())

const settings = {
  portalName: 'Trang tin điện tử xã Phú Nhuận',
  hotlines: { heading: 'ĐIỆN THOẠI HỮU ÍCH', numbers: [{ label: 'Tiếp nhận TTHC', number: '02373.742.289' }] },
  links: [{ label: 'Công khai kết quả giải quyết TTHC', url: 'https://dichvucong.thanhhoa.gov.vn/' }],
}

describe('site settings', () => {
  it('are saved by an admin and readable by anyone', async () => {
    await ctx.payload.updateGlobal({ slug: 'site-settings', data: settings })
    const read = await ctx.payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(read.hotlines?.numbers?.[0]?.number).toBe('02373.742.289')
  })

  it('refuse a javascript: link and a malformed phone number, keeping what was saved', async () => {
    const messages = await validationMessages(
      ctx.payload.updateGlobal({
        slug: 'site-settings',
        data: { ...settings, links: [{ label: 'x', url: 'javascript:alert(1)' }], hotlines: { numbers: [{ label: 'x', number: '<b>gọi</b>' }] } },
      }),
    )
    expect(messages.join(' ')).toContain('phải bắt đầu bằng http://')
    expect(messages.join(' ')).toContain('Số điện thoại chỉ gồm chữ số')
    const read = await ctx.payload.findGlobal({ slug: 'site-settings' })
    expect(read.links?.[0]?.url).toBe('https://dichvucong.thanhhoa.gov.vn/')
  })

  it.each(['//lua-dao.example/dang-nhap', '/\\lua-dao.example', 'http:/thieu-gach'])('refuse %s, which would leave the portal for another site', async (url) => {
    const messages = await validationMessages(ctx.payload.updateGlobal({ slug: 'site-settings', data: { ...settings, links: [{ label: 'x', url }] } }))
    expect(messages.join(' ')).toContain('phải bắt đầu bằng http://')
  })

  it('accept a path on the portal itself', async () => {
    const saved = await ctx.payload.updateGlobal({ slug: 'site-settings', data: { ...settings, links: [{ label: 'Tiến độ', url: '/tien-do/' }] } })
    expect(saved.links?.[0]?.url).toBe('/tien-do/')
    await ctx.payload.updateGlobal({ slug: 'site-settings', data: settings })
  })

  it('cannot be changed by a communications officer', async () => {
    const officer = await createUser(ctx.payload, 'communications-officer')
    await expect(
      ctx.payload.updateGlobal({ slug: 'site-settings', data: { portalName: 'Đổi tên' }, overrideAccess: false, user: officer }),
    ).rejects.toThrow()
  })
})
