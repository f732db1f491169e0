import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validationMessages } from '../helpers/errors'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let ctx: TestContext
const ids: Record<string, number> = {}

beforeAll(async () => {
  ctx = await startTestPayload()
  const create = async (key: string, data: Record<string, unknown>) => {
    ids[key] = (await ctx.payload.create({ collection: 'org-units', data: data as never })).id as number
  }
  await create('province', { name: 'Tỉnh Thanh Hoá', level: 'province', code: '38' })
  await create('district', { name: 'Huyện Như Thanh', level: 'district', parent: ids.province, validTo: '2025-06-30T00:00:00.000Z' })
  await create('canKhe', { name: 'Xã Cán Khê', level: 'commune', parent: ids.district })
  await create('xuanKhang', { name: 'Xã Xuân Khang', level: 'commune', parent: ids.district })
  await create('village', { name: 'Thôn Đồng Xăm', level: 'village', parent: ids.canKhe })
})
afterAll(() => ctx?.close())

describe('org units', () => {
  it('reads the hierarchy with parents', async () => {
    const village = await ctx.payload.findByID({ collection: 'org-units', id: ids.village, depth: 2 })
    const commune = village.parent as { name: string; parent: { name: string } }
    expect(commune.name).toBe('Xã Cán Khê')
    expect(commune.parent.name).toBe('Huyện Như Thanh')
  })

  it('represents the 2025 reform: a merged commune keeps its history and names its successor', async () => {
    const merged = await ctx.payload.create({
      collection: 'org-units',
      data: { name: 'Xã Cán Khê (mới)', level: 'commune', parent: ids.province, validFrom: '2025-07-01T00:00:00.000Z' },
    })
    const old = await ctx.payload.update({
      collection: 'org-units',
      id: ids.xuanKhang,
      data: { validTo: '2025-06-30T00:00:00.000Z', successors: [merged.id as number] },
    })
    expect(old.successors).toHaveLength(1)
    const current = await ctx.payload.find({
      collection: 'org-units',
      where: { and: [{ level: { equals: 'commune' } }, { or: [{ validTo: { exists: false } }, { validTo: { greater_than: '2025-07-01' } }] }] },
    })
    expect(current.docs.map((d) => d.name)).toContain('Xã Cán Khê (mới)')
    expect(current.docs.map((d) => d.name)).not.toContain('Xã Xuân Khang')
  })

  it('refuses a parent at the wrong level and an end date before the start, in Vietnamese', async () => {
    const wrongParent = await validationMessages(
      ctx.payload.create({ collection: 'org-units', data: { name: 'Thôn lạc', level: 'village', parent: ids.district } }),
    )
    expect(wrongParent.join(' ')).toContain('Đơn vị cấp trên phải thuộc cấp cao hơn')
    const badDates = await validationMessages(
      ctx.payload.create({
        collection: 'org-units',
        data: { name: 'Xã sai ngày', level: 'commune', parent: ids.district, validFrom: '2024-01-01T00:00:00.000Z', validTo: '2023-01-01T00:00:00.000Z' },
      }),
    )
    expect(badDates.join(' ')).toContain('Ngày hết hiệu lực phải sau ngày bắt đầu')
    const missingParent = await validationMessages(ctx.payload.create({ collection: 'org-units', data: { name: 'Xã mồ côi', level: 'commune' } }))
    expect(missingParent.join(' ')).toContain('phải có đơn vị cấp trên')
  })

  it('lets a commune officer edit their own commune and its villages', async () => {
    const officer = await createUser(ctx.payload, 'commune-officer', ids.canKhe)
    const own = await ctx.payload.update({
      collection: 'org-units',
      id: ids.canKhe,
      data: { ethnicGroups: ['Mường', 'Thái'] },
      overrideAccess: false,
      user: officer,
    })
    expect(own.ethnicGroups).toEqual(['Mường', 'Thái'])
    const village = await ctx.payload.update({ collection: 'org-units', id: ids.village, data: { especiallyDifficult: true }, overrideAccess: false, user: officer })
    expect(village.especiallyDifficult).toBe(true)
  })

  it('does not let a commune officer edit another commune', async () => {
    const officer = await createUser(ctx.payload, 'commune-officer', ids.canKhe)
    await expect(
      ctx.payload.update({ collection: 'org-units', id: ids.xuanKhang, data: { name: 'Đổi tên trái phép' }, overrideAccess: false, user: officer }),
    ).rejects.toThrow()
    const unchanged = await ctx.payload.findByID({ collection: 'org-units', id: ids.xuanKhang })
    expect(unchanged.name).toBe('Xã Xuân Khang')
  })

  it('lets a district officer edit communes of their district but not create units', async () => {
    const officer = await createUser(ctx.payload, 'district-officer', ids.district)
    const updated = await ctx.payload.update({ collection: 'org-units', id: ids.village, data: { code: 'T-01' }, overrideAccess: false, user: officer })
    expect(updated.code).toBe('T-01')
    await expect(
      ctx.payload.create({ collection: 'org-units', data: { name: 'Xã mới', level: 'commune', parent: ids.district }, overrideAccess: false, user: officer }),
    ).rejects.toThrow()
  })
})
