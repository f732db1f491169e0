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
      ctx.payload.create({ collection: 'users', data: { email: 'xa@example.test', password: 'mat-khau-1', role: 'commune-officer' } }),
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

  it('locks an account after five wrong passwords, even for the right password', async () => {
    const user = await createUser(ctx.payload, 'judge')
    for (let i = 0; i < 5; i += 1) {
      await expect(ctx.payload.login({ collection: 'users', data: { email: user.email, password: 'sai-mat-khau' } })).rejects.toThrow()
    }
    const locked = await validationMessages(ctx.payload.login({ collection: 'users', data: { email: user.email, password: 'mat-khau-thu-nghiem' } }))
    expect(locked.join(' ')).toMatch(/khóa|khoá|locked/i)
  })

  it('stores only a hash of the password', async () => {
    const user = await createUser(ctx.payload, 'judge')
    const raw = await ctx.payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })
    expect(JSON.stringify(raw)).not.toContain('mat-khau-thu-nghiem')
  })
})
