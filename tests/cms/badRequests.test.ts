import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest, tokenFor } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let ctx: TestContext
let judge: string

beforeAll(async () => {
  ctx = await startTestPayload()
  judge = await tokenFor(ctx, (await createUser(ctx.payload, 'judge')).email)
})
afterAll(() => ctx?.close())

describe('requests that cannot be answered', () => {
  it.each(['/plans/abc', '/media/abc', '/contest-entries/1e3x', '/private-files/..%2F..%2Fetc'])('%s is a document that does not exist (404), for anyone', async (path) => {
    for (const token of [undefined, judge]) {
      const response = await rest(ctx, 'GET', path, { token })
      expect(response.status).toBe(404)
      expect((await response.json()).errors[0].message).toBe('Không tìm thấy')
    }
    // A judge may not change these at all: refused before the id matters.
    expect([403, 404]).toContain((await rest(ctx, 'PATCH', path, { token: judge, body: { title: 'x' } })).status)
    expect([403, 404]).toContain((await rest(ctx, 'DELETE', path, { token: judge })).status)
  })

  it('a filter that puts text where a number belongs is refused with the reason (400), not a server error', async () => {
    // As a judge (anonymous, Payload refuses the path itself with 400 — and reports a second,
    // unawaited copy of that refusal as an unhandled rejection, which Next logs).
    const response = await rest(ctx, 'GET', '/contest-entries?where[contest.judges.email][equals]=a@b.vn', { token: judge })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toContain('phải là số')
    for (const filter of ['where[id][equals]=abc', 'where[owner][equals]=abc', 'where[owner.parent][in]=x,y', 'where[period.startYear][greater_than]=abc']) {
      const response = await rest(ctx, 'GET', `/plans?${filter}`, { token: judge })
      expect(response.status, filter).toBeLessThan(500)
      if (response.status === 400) expect(JSON.stringify(await response.json()), filter).toMatch(/phải là số|cannot be queried/)
    }
  })
})
