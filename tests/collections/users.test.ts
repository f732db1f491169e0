import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validationMessages } from '../helpers/errors'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let ctx: TestContext
let communeId: number

beforeAll(async () => {
  ctx = await startTestPayload()
  const province = await ctx.payload.create({ collection: 'org-units', data: { name: 'Tỉnh Thanh Hoá', level: 'province' } })
  const commune = await ctx.payload.create({ collection: 'org-units', data: { name: 'Xã Thanh Kỳ', level: 'commune', parent: province.id as number } })
  communeId = commune.id as number
})
afterAll(() => ctx?.close())

describe('users', () => {
  it('creates, reads and updates users of every role', async () => {
    for (const role of ['admin', 'district-officer', 'commune-officer', 'communications-officer', 'contest-organiser', 'judge'] as const) {
      const user = await createUser(ctx.payload, role, communeId)
      const read = await ctx.payload.findByID({ collection: 'users', id: user.id })
      expect(read.role).toBe(role)
    }
    const user = await createUser(ctx.payload, 'judge')
    const renamed = await ctx.payload.update({ collection: 'users', id: user.id, data: { name: 'Nguyễn Thị Hoa' } })
    expect(renamed.name).toBe('Nguyễn Thị Hoa')
  })

  it('requires an org unit for commune and district officers', async () => {
    const messages = await validationMessages(
      ctx.payload.create({ collection: 'users', data: { email: 'xa@example.test', password: 'mat-khau-thu-nghiem', role: 'commune-officer' } }),
    )
    expect(messages.join(' ')).toContain('phải gắn với một đơn vị hành chính')
    expect((await ctx.payload.count({ collection: 'users', where: { email: { equals: 'xa@example.test' } } })).totalDocs).toBe(0)
  })

  it('does not let a user raise their own role', async () => {
    const officer = await createUser(ctx.payload, 'commune-officer', communeId)
    await ctx.payload.update({ collection: 'users', id: officer.id, data: { role: 'admin' }, overrideAccess: false, user: officer })
    const after = await ctx.payload.findByID({ collection: 'users', id: officer.id })
    expect(after.role).toBe('commune-officer')
  })

  it('does not let a user read other users', async () => {
    const officer = await createUser(ctx.payload, 'communications-officer')
    const visible = await ctx.payload.find({ collection: 'users', overrideAccess: false, user: officer })
    expect(visible.docs.map((u) => u.id)).toEqual([officer.id])
  })

  it('holds logins after five wrong passwords, even for the right password (Local API too)', async () => {
    const user = await createUser(ctx.payload, 'judge')
    for (let i = 0; i < 5; i += 1) {
      const wrong = await validationMessages(ctx.payload.login({ collection: 'users', data: { email: user.email, password: 'sai-mat-khau' } }))
      expect(wrong.join(' ')).toContain('Email hoặc mật khẩu không chính xác')
    }
    const held = await validationMessages(ctx.payload.login({ collection: 'users', data: { email: user.email, password: 'mat-khau-thu-nghiem' } }))
    expect(held.join(' ')).toContain('quá nhiều lần đăng nhập sai')
  })

  it('stores only a hash of the password', async () => {
    const user = await createUser(ctx.payload, 'judge')
    const raw = await ctx.payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })
    expect(JSON.stringify(raw)).not.toContain('mat-khau-thu-nghiem')
  })
})

describe('passwords', () => {
  it.each([
    ['mat-khau-1', 'ít nhất 12 ký tự'],
    ['123456789012', 'phổ biến'],
    ['password1234567', 'phổ biến'],
    ['aaaaaaaaaaaaaaaa', 'phổ biến'],
    ['hoa.nguyen-2024!', 'tên tài khoản'],
  ])('refuses %s with the reason, on create and on change', async (password, reason) => {
    const create = await validationMessages(ctx.payload.create({ collection: 'users', data: { email: 'hoa.nguyen@example.test', password, role: 'judge' } }))
    expect(create.join(' ')).toContain(reason)
    expect((await ctx.payload.count({ collection: 'users', where: { email: { equals: 'hoa.nguyen@example.test' } } })).totalDocs).toBe(0)
    // On a change the rule reads the account's own email (not in the data sent).
    const user = await ctx.payload.create({ collection: 'users', data: { email: `hoa.nguyen.${Date.now()}@example.test`, password: 'mat-khau-thu-nghiem', role: 'judge' } })
    const change = await validationMessages(ctx.payload.update({ collection: 'users', id: user.id, data: { password } }))
    expect(change.join(' ')).toContain(reason)
    await expect(ctx.payload.login({ collection: 'users', data: { email: user.email, password: 'mat-khau-thu-nghiem' } })).resolves.toBeDefined()
  })

  it('accepts a long passphrase, with or without diacritics', async () => {
    for (const password of ['Hoa sen nở trong đầm', 'bon con meo tren mai nha']) {
      const user = await createUser(ctx.payload, 'judge')
      await ctx.payload.update({ collection: 'users', id: user.id, data: { password } })
      await expect(ctx.payload.login({ collection: 'users', data: { email: user.email, password } })).resolves.toBeDefined()
    }
  })

  it('a reset with the emailed token is held to the same rules', async () => {
    const user = await createUser(ctx.payload, 'judge')
    const token = await ctx.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const reset = await validationMessages(ctx.payload.resetPassword({ collection: 'users', data: { token: token as string, password: 'qwerty123' }, overrideAccess: true }))
    expect(reset.join(' ')).toContain('ít nhất 12 ký tự')
  })
})

describe('the session cookie', () => {
  it('is Secure when the CMS is reached over https, or when set so', async () => {
    const { secureSessionCookie } = await import('../../cms/auth/sessionCookie')
    expect(secureSessionCookie({ CMS_PUBLIC_URL: 'https://duan8.thanhhoa.gov.vn' })).toBe(true)
    expect(secureSessionCookie({ CMS_PUBLIC_URL: 'http://192.168.1.10:3000' })).toBe(false)
    expect(secureSessionCookie({ SESSION_COOKIE_SECURE: '1' })).toBe(true)
    expect(secureSessionCookie({ CMS_PUBLIC_URL: 'https://x.vn', SESSION_COOKIE_SECURE: '0' })).toBe(false)
    expect(ctx.payload.collections.users.config.auth.cookies.sameSite).toBe('Lax')
  })
})
