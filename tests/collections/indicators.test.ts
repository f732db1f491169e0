import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validationMessages } from '../helpers/errors'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startTestPayload()
})
afterAll(() => ctx?.close())

const indicator = (code: string) => ({
  code,
  name: 'Nạn nhân bạo lực gia đình được hỗ trợ tại địa chỉ tin cậy',
  unit: 'người',
  contentArea: 'nd2' as const,
  aggregation: 'sum' as const,
  type: 'output' as const,
  sensitive: true,
  disaggregations: ['sex' as const, 'ethnicMinority' as const],
})

describe('indicators', () => {
  it('creates, reads and updates an indicator with disaggregations and the sensitive flag', async () => {
    const created = await ctx.payload.create({ collection: 'indicators', data: indicator('NN-01') })
    const read = await ctx.payload.findByID({ collection: 'indicators', id: created.id })
    expect(read.sensitive).toBe(true)
    expect(read.disaggregations).toEqual(['sex', 'ethnicMinority'])
    const updated = await ctx.payload.update({ collection: 'indicators', id: created.id, data: { aggregation: 'latest' } })
    expect(updated.aggregation).toBe('latest')
  })

  it('refuses a second indicator with the same code', async () => {
    await ctx.payload.create({ collection: 'indicators', data: indicator('NN-02') })
    const messages = await validationMessages(ctx.payload.create({ collection: 'indicators', data: indicator('NN-02') }))
    expect(messages.join(' ')).toContain('không được trùng lặp')
    expect((await ctx.payload.count({ collection: 'indicators', where: { code: { equals: 'NN-02' } } })).totalDocs).toBe(1)
  })

  it('refuses an unknown content area', async () => {
    const messages = await validationMessages(
      ctx.payload.create({ collection: 'indicators', data: { ...indicator('NN-03'), contentArea: 'nd9' as never } }),
    )
    expect(messages.join(' ')).toContain('Nội dung của Dự án')
  })

  it('is public to read but only district officers and admins change it', async () => {
    const created = await ctx.payload.create({ collection: 'indicators', data: indicator('NN-04') })
    const publicRead = await ctx.payload.findByID({ collection: 'indicators', id: created.id, overrideAccess: false })
    expect(publicRead.code).toBe('NN-04')
    const province = await ctx.payload.create({ collection: 'org-units', data: { name: 'Tỉnh', level: 'province' } })
    const commune = await ctx.payload.create({ collection: 'org-units', data: { name: 'Xã', level: 'commune', parent: province.id as number } })
    const communeOfficer = await createUser(ctx.payload, 'commune-officer', commune.id as number)
    await expect(
      ctx.payload.update({ collection: 'indicators', id: created.id, data: { name: 'x' }, overrideAccess: false, user: communeOfficer }),
    ).rejects.toThrow()
  })
})
