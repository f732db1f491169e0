import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pngImage } from '../helpers/files'
import { startApp, type RunningApp } from '../helpers/runningApp'

const admin = { email: 'bo-nho-dem@example.test', password: 'mat-khau-kiem-tra-bo-nho-dem' }
const planPath = '/ke-hoach/ke-hoach-thuc-hien-du-an-8-huyen-nhu-thanh/'

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/** A request with exactly the headers given (fetch would add Accept-Encoding and decode for us). */
function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

const decode = (r: Raw) =>
  (r.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(r.body) : r.body).toString('utf8')

let app: RunningApp
beforeAll(async () => {
  app = await startApp({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
}, 600_000)
afterAll(() => app?.stop(), 60_000)

describe('the portal as npm start serves it', () => {
  it('sends each page as Brotli or gzip when asked, the files the build compressed, and plain otherwise', async () => {
    const live = fs.realpathSync(path.join(app.buildsDir, 'current'))
    for (const route of ['/', planPath]) {
      const plain = await raw(`${app.siteUrl}${route}`)
      expect(plain.status, route).toBe(200)
      expect(plain.headers['content-encoding'], route).toBeUndefined()
      expect(plain.body.toString()).toContain('ĐIỆN THOẠI HỮU ÍCH')
      for (const [asked, sent, suffix] of [['br, gzip', 'br', 'br'], ['gzip, deflate', 'gzip', 'gz']]) {
        const packed = await raw(`${app.siteUrl}${route}`, { 'Accept-Encoding': asked })
        expect(packed.headers['content-encoding'], `${route} ${asked}`).toBe(sent)
        expect(packed.headers.vary).toMatch(/Accept-Encoding/i)
        expect(decode(packed)).toBe(plain.body.toString())
        // Byte for byte the file written at build time: nothing is compressed per request.
        expect(packed.body.equals(fs.readFileSync(path.join(live, 'client', route, `index.html.${suffix}`)))).toBe(true)
        expect(packed.body.length).toBeLessThan(plain.body.length / 2)
      }
    }
  })

  it('lets pages be kept but revalidated by ETag every time; content-named files are kept for good', async () => {
    const page = await raw(`${app.siteUrl}${planPath}`, { 'Accept-Encoding': 'br' })
    expect(page.headers['cache-control']).toBe('public, no-cache')
    expect(page.headers.etag).toBeTruthy()
    const again = await raw(`${app.siteUrl}${planPath}`, { 'Accept-Encoding': 'br', 'If-None-Match': page.headers.etag! })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)

    const live = fs.realpathSync(path.join(app.buildsDir, 'current'))
    const fragment = fs.readdirSync(path.join(live, 'client', 'pagefind', 'fragment'))[0]!
    const chunk = await raw(`${app.siteUrl}/pagefind/fragment/${fragment}`)
    expect(chunk.status).toBe(200)
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const entry = await raw(`${app.siteUrl}/pagefind/pagefind-entry.json`)
    expect(entry.headers['cache-control']).toBe('public, no-cache')
  })

  it('serves a page with or without its trailing slash, HEAD as headers only, and nothing outside the built pages', async () => {
    const withSlash = await raw(`${app.siteUrl}${planPath}`, { 'Accept-Encoding': 'br' })
    const without = await raw(`${app.siteUrl}${planPath.slice(0, -1)}`, { 'Accept-Encoding': 'br' })
    expect(without.status).toBe(200)
    expect(without.body.equals(withSlash.body)).toBe(true)
    expect(without.headers['content-type']).toBe('text/html; charset=utf-8')

    const head = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request(`${app.siteUrl}${planPath}`, { method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } }, resolve)
      req.on('error', reject)
      req.end()
    })
    head.resume()
    expect(head.statusCode).toBe(200)
    expect(head.headers['content-encoding']).toBe('gzip')
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000)

    // The build's record of its pages sits beside client/, and marker files start with a dot.
    for (const outside of ['/../page-keys.json', '/%2e%2e/page-keys.json', '/..%2fpage-keys.json', '/.complete', '/pagefind/../../page-keys.json']) {
      const answer = await raw(`${app.siteUrl}${outside}`)
      expect(answer.status, outside).toBe(404)
      expect(answer.body.toString(), outside).not.toContain('"source"')
    }
  })

  it('compresses pages made per request (search results) as they are sent', async () => {
    const results = await raw(`${app.siteUrl}/tim-kiem/ket-qua/?q=ke+hoach`, { 'Accept-Encoding': 'gzip' })
    expect(results.status).toBe(200)
    expect(results.headers['content-encoding']).toBe('gzip')
    expect(decode(results)).toContain('kết quả cho')
  })
})

describe('the public REST API as npm start serves it', () => {
  it('lets anonymous reads be kept and revalidated by ETag, relationships as ids unless a depth is asked', async () => {
    const list = await raw(`${app.cmsUrl}/api/plans?limit=10`)
    expect(list.status).toBe(200)
    expect(list.headers['cache-control']).toBe('public, no-cache')
    expect(list.headers.vary).toMatch(/Cookie/)
    const etag = list.headers.etag!
    expect(etag).toMatch(/^".+"$/)
    const plan = (JSON.parse(list.body.toString()) as { docs: { orgUnits: unknown[]; owner: unknown }[] }).docs[0]!
    expect(plan.orgUnits.length).toBeGreaterThan(0)
    for (const unit of plan.orgUnits) expect(typeof unit).toBe('number')

    const populated = JSON.parse((await raw(`${app.cmsUrl}/api/plans?limit=10&depth=1`)).body.toString()) as { docs: { orgUnits: { name: string }[] }[] }
    expect(typeof populated.docs[0]!.orgUnits[0]!.name).toBe('string')

    const again = await raw(`${app.cmsUrl}/api/plans?limit=10`, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    // As a browser sends it back through nginx's gzip (weakened), or among other tags.
    expect((await raw(`${app.cmsUrl}/api/plans?limit=10`, { 'If-None-Match': `"khac", W/${etag}` })).status).toBe(304)
    expect((await raw(`${app.cmsUrl}/api/plans?limit=10`, { 'If-None-Match': '"khac"' })).status).toBe(200)
  })

  it('marks reads made with a login private and never stored', async () => {
    const login = await fetch(`${app.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
    expect(login.status).toBe(200)
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
    // As the admin's own pages send it: the cookie with a same-site request.
    const mine = await raw(`${app.cmsUrl}/api/users/me`, { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })
    expect(mine.status).toBe(200)
    expect((JSON.parse(mine.body.toString()) as { user: { email: string } | null }).user?.email).toBe(admin.email)
    expect(mine.headers['cache-control']).toBe('private, no-store')
    expect(mine.headers.etag).toBeUndefined()
    const spaced = await raw(`${app.cmsUrl}/api/plans?limit=10`, { Cookie: cookie.replace('payload-token=', 'payload-token =') })
    expect(spaced.headers['cache-control']).toBe('private, no-store')
    const { token } = (await login.json()) as { token: string }
    const bearer = await raw(`${app.cmsUrl}/api/users/me`, { Authorization: `JWT ${token}` })
    expect(bearer.headers['cache-control']).toBe('private, no-store')
  })

  it('serves a public image to anyone, whole, marked public and revalidated', async () => {
    const login = await fetch(`${app.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
    const { token } = (await login.json()) as { token: string }
    const image = await pngImage(64, 48)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'anh-bo-nho-dem.png')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh kiểm tra bộ nhớ đệm', consent: true }))
    const uploaded = await fetch(`${app.cmsUrl}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { url: string } }
    const file = await raw(doc.url)
    expect(file.status).toBe(200)
    expect(file.body.equals(image)).toBe(true)
    expect(file.headers['cache-control']).toBe('public, no-cache')
    // Payload's file route sends Last-Modified but no ETag; a stray If-None-Match must not get a 304.
    const stray = await raw(doc.url, { 'If-None-Match': '"something-else"' })
    expect(stray.status).toBe(200)
    expect(stray.body.equals(image)).toBe(true)
  })
})
