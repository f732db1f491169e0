import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphQLRequest } from '../helpers/apis'
import { rest } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

/**
 * Logins through Payload's REST handler, as the admin's login form sends them. The address is the
 * X-Forwarded-For that the admin server (cms/scripts/serveAdmin.ts) settles from the socket.
 */
let ctx: TestContext
let adminToken: string
const right = 'mat-khau-thu-nghiem'
const wrong = 'khong-phai-mat-khau'
const held = 'quá nhiều lần đăng nhập sai'
const wrongAnswer = 'Email hoặc mật khẩu không chính xác'

let addressCounter = 0
const newAddress = () => `203.0.113.${(addressCounter += 1)}`

async function logIn(email: string, password: string, address: string): Promise<{ status: number; message: string }> {
  const res = await rest(ctx, 'POST', '/users/login', { body: { email, password }, headers: { 'X-Forwarded-For': address } })
  const body = (await res.json()) as { errors?: { message: string }[] }
  return { status: res.status, message: body.errors?.map((e) => e.message).join(' ') ?? '' }
}

const hitRows = async () => (await ctx.payload.count({ collection: 'rate-limit-hits', overrideAccess: true })).totalDocs

beforeAll(async () => {
  ctx = await startTestPayload()
  const admin = await createUser(ctx.payload, 'admin')
  adminToken = (await ctx.payload.login({ collection: 'users', data: { email: admin.email, password: right } })).token!
})
afterAll(() => ctx?.close())

describe('login throttle', () => {
  it('answers a wrong password and an unknown email alike, and holds both after five tries from one address', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const address = newAddress()
    for (let i = 0; i < 5; i += 1) {
      const real = await logIn(officer.email, wrong, address)
      const unknown = await logIn('khong-ton-tai@example.test', wrong, address)
      expect([real.status, unknown.status]).toEqual([401, 401])
      expect(real.message).toContain(wrongAnswer)
      expect(unknown.message).toBe(real.message)
    }
    const realHeld = await logIn(officer.email, right, address)
    const unknownHeld = await logIn('khong-ton-tai@example.test', right, address)
    expect([realHeld.status, unknownHeld.status]).toEqual([429, 429])
    expect(realHeld.message).toContain(held)
    expect(unknownHeld.message).toBe(realHeld.message)
  })

  it('does not count a refused attempt, so insisting does not lengthen a hold', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const address = newAddress()
    for (let i = 0; i < 5; i += 1) await logIn(officer.email, wrong, address)
    const before = await hitRows()
    for (let i = 0; i < 5; i += 1) expect((await logIn(officer.email, wrong, address)).status).toBe(429)
    expect(await hitRows()).toBe(before)
  })

  it('holds one account and address, not the officer at another address', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const outsider = newAddress()
    for (let i = 0; i < 5; i += 1) await logIn(officer.email, wrong, outsider)
    expect((await logIn(officer.email, right, outsider)).status).toBe(429)
    expect((await logIn(officer.email, right, newAddress())).status).toBe(200)
  })

  it('holds an account tried from many addresses, except where its officer has logged in before', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const office = newAddress()
    expect((await logIn(officer.email, right, office)).status).toBe(200)
    for (let i = 0; i < 10; i += 1) expect((await logIn(officer.email, wrong, newAddress())).status).toBe(401)
    const stranger = await logIn(officer.email, right, newAddress())
    expect(stranger.status).toBe(429)
    expect(stranger.message).toContain(held)
    expect((await logIn(officer.email, right, office)).status).toBe(200)
  })

  it('holds an address that tries many accounts', async () => {
    const address = newAddress()
    for (let i = 0; i < 20; i += 1) expect((await logIn(`thu-${i}@example.test`, wrong, address)).status).toBe(401)
    const officer = await createUser(ctx.payload, 'judge')
    expect((await logIn(officer.email, right, address)).status).toBe(429)
    expect((await logIn(officer.email, right, newAddress())).status).toBe(200)
  })

  it('lets no more than five wrong passwords through when thirty arrive at once', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const address = newAddress()
    const before = await hitRows()
    const answers = await Promise.all(Array.from({ length: 30 }, () => logIn(officer.email, wrong, address)))
    const checked = answers.filter((a) => a.status === 401).length
    expect(checked).toBeGreaterThanOrEqual(1)
    expect(checked).toBeLessThanOrEqual(5)
    expect(answers.filter((a) => a.status === 429).length).toBe(30 - checked)
    // Each checked try is counted three times (address, account and address, account); refused ones not at all.
    expect((await hitRows()) - before).toBe(checked * 3)
  })

  it('counts an IPv6 network as one address', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    for (let i = 1; i <= 5; i += 1) expect((await logIn(officer.email, wrong, `2001:db8:77:1::${i}`)).status).toBe(401)
    expect((await logIn(officer.email, right, '2001:db8:77:1:ffff::9')).status).toBe(429)
    expect((await logIn(officer.email, right, '2001:db8:77:2::1')).status).toBe(200)
  })

  it('holds the GraphQL login the same way', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const logInGraphQL = async (password: string) => {
      const result = await graphQLRequest(ctx, `mutation { loginUser(email: "${officer.email}", password: "${password}") { token } }`)
      return result.errors?.map((e) => e.message).join(' ') ?? 'ok'
    }
    for (let i = 0; i < 5; i += 1) expect(await logInGraphQL(wrong)).toContain(wrongAnswer)
    expect(await logInGraphQL(right)).toContain(held)
  })

  it('is lifted by an administrator’s unlock, from every address, and nobody else may unlock', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const office = newAddress()
    const officerToken = (await logInToken(officer.email, office))!
    const [first, second] = [newAddress(), newAddress()]
    for (const address of [first, second]) for (let i = 0; i < 5; i += 1) await logIn(officer.email, wrong, address)
    // Someone at the officer's own office address tries twenty other accounts: the address is held.
    for (let i = 0; i < 20; i += 1) await logIn(`nguoi-khac-${i}@example.test`, wrong, office)
    expect((await logIn(officer.email, right, first)).status).toBe(429)
    expect((await logIn(officer.email, right, office)).status).toBe(429)

    const refused = await rest(ctx, 'POST', '/users/unlock', { body: { email: officer.email }, token: officerToken })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toContain('không có quyền')
    const unlock = await rest(ctx, 'POST', '/users/unlock', { body: { email: officer.email }, token: adminToken })
    expect(unlock.status).toBe(200)
    for (const address of [first, second, office]) expect((await logIn(officer.email, right, address)).status).toBe(200)
  })
})

/** A token for the account, from a fresh address unless one is given. */
async function logInToken(email: string, address = newAddress()): Promise<string | null> {
  const res = await rest(ctx, 'POST', '/users/login', { body: { email, password: right }, headers: { 'X-Forwarded-For': address } })
  return ((await res.json()) as { token?: string }).token ?? null
}

describe('changing one’s own password', () => {
  const change = (id: number | string, token: string, body: Record<string, unknown>) => rest(ctx, 'PATCH', `/users/${id}`, { token, body })
  const messages = async (res: Response) => ((await res.json()) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }).errors?.flatMap((e) => [e.message, ...(e.data?.errors?.map((f) => f.message) ?? [])]).join(' ') ?? ''

  it('needs the current password, and a wrong one changes nothing', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const token = (await logInToken(officer.email))!
    const missing = await change(officer.id, token, { password: 'hoa ban no trang ca nui rung' })
    expect(missing.status).toBe(400)
    const [problem] = ((await missing.json()) as { errors: { message: string }[] }).errors
    expect(problem.message).toBe('Chưa lưu: Để đổi mật khẩu của chính mình – hãy nhập mật khẩu hiện tại.')
    const mistaken = await change(officer.id, token, { password: 'hoa ban no trang ca nui rung', currentPassword: wrong })
    expect(mistaken.status).toBe(400)
    expect(await messages(mistaken)).toContain('Mật khẩu hiện tại không đúng')
    expect((await logIn(officer.email, right, newAddress())).status).toBe(200)

    const changed = await change(officer.id, token, { password: 'hoa ban no trang ca nui rung', currentPassword: right })
    expect(changed.status).toBe(200)
    expect(JSON.stringify(await changed.json())).not.toContain('currentPassword')
    expect((await logIn(officer.email, 'hoa ban no trang ca nui rung', newAddress())).status).toBe(200)
    expect((await logIn(officer.email, right, newAddress())).status).toBe(401)
  })

  it('counts wrong current passwords like wrong logins', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const token = (await logInToken(officer.email))!
    // Every request of this test comes from the REST helper's default: no address header.
    const before = await hitRows()
    for (let i = 0; i < 5; i += 1) {
      expect((await change(officer.id, token, { password: 'hoa ban no trang ca nui rung', currentPassword: `${wrong}-${i}` })).status).toBe(400)
      // A change's wrong attempt is written once its transaction has ended, just after the answer.
      await expect.poll(hitRows).toBe(before + 3 * (i + 1))
    }
    const sixth = await change(officer.id, token, { password: 'hoa ban no trang ca nui rung', currentPassword: right })
    expect(sixth.status).toBe(429)
    expect(await messages(sixth)).toContain(held)
  })

  it('lets no more than five wrong current passwords through when ten arrive at once', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const token = (await logInToken(officer.email))!
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => change(officer.id, token, { password: 'hoa ban no trang ca nui rung', currentPassword: `${wrong}-${i}` }).then((r) => r.status)),
    )
    expect(answers.filter((s) => s === 400).length).toBeLessThanOrEqual(5)
    expect(answers.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5)
  })

  it('lets an administrator set another person’s password without theirs', async () => {
    const officer = await createUser(ctx.payload, 'judge')
    const res = await change(officer.id, adminToken, { password: 'mot mat khau moi cho can bo' })
    expect(res.status).toBe(200)
    expect((await logIn(officer.email, 'mot mat khau moi cho can bo', newAddress())).status).toBe(200)
  })
})
