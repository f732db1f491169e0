import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pngImage } from '../helpers/files'
import { startNginx, type RunningNginx } from '../helpers/nginx'
import { startApp, type RunningApp } from '../helpers/runningApp'
import { freePort } from '../helpers/serveSite'

const admin = { email: 'quantri@example.test', password: 'mat-khau-quan-tri-qua-nginx' }

/** A request from a chosen loopback address, so nginx sees a visitor other than itself. */
function requestFrom(localAddress: string, url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, localAddress }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (d) => (body += d))
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/** `npm start` behind Debian's nginx with the repository's configuration: one address for everything. */
describe('one public address through nginx', () => {
  let app: RunningApp
  let nginx: RunningNginx
  let url: string
  beforeAll(async () => {
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    app = await startApp({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, CMS_PUBLIC_URL: url, SITE_URL: url, TRUSTED_PROXIES: '127.0.0.1' })
    nginx = await startNginx(port, { cmsPort: Number(new URL(app.cmsUrl).port), sitePort: Number(new URL(app.siteUrl).port) })
  }, 600_000)
  afterAll(async () => {
    await nginx?.stop()
    await app?.stop()
  }, 60_000)

  it('serves the portal at /, compressed', async () => {
    const home = await fetch(`${url}/`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(home.status).toBe(200)
    expect(home.headers.get('content-encoding')).toBe('gzip')
    expect(await home.text()).toContain('ĐIỆN THOẠI HỮU ÍCH')
    const plan = await fetch(`${url}/ke-hoach/ke-hoach-thuc-hien-du-an-8-huyen-nhu-thanh/`)
    expect(await plan.text()).toContain('14 tổ truyền thông cộng đồng')
  })

  it('serves the admin at /admin with its assets, and lets an officer log in and save there', async () => {
    const page = await fetch(`${url}/admin/login`, { headers: { 'Accept-Language': 'vi' } })
    const html = await page.text()
    expect(page.status).toBe(200)
    expect(html).toContain('Đăng nhập')
    const asset = html.match(/\/_next\/static\/[^"]+\.js/)![0]
    expect((await fetch(`${url}${asset}`)).status).toBe(200)

    // The browser's way: the session cookie, with the page's own origin.
    const login = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url }, body: JSON.stringify(admin) })
    expect(login.status).toBe(200)
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
    const theme = ((await (await fetch(`${url}/api/campaign-themes?limit=1`, { headers: { Cookie: cookie } })).json()) as { docs: { id: number }[] }).docs[0]!
    const saved = await fetch(`${url}/api/campaigns`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: url, 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify({ title: 'Chiến dịch lưu qua nginx', themes: [theme.id], body: { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Nội dung', version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }] } } }),
    })
    expect(saved.status).toBe(201)

    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await pngImage(300, 200))], { type: 'image/png' }), 'anh-qua-nginx.png')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh tải qua nginx' }))
    const uploaded = await fetch(`${url}/api/media`, { method: 'POST', headers: { Cookie: cookie, Origin: url }, body: form })
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { url: string } }
    expect(doc.url.startsWith(`${url}/api/media/file/`)).toBe(true)
    expect((await fetch(doc.url, { headers: { Cookie: cookie } })).status).toBe(200)
  })

  it('counts wrong logins by the visitor’s address as nginx saw it, whatever X-Forwarded-For the visitor sends', async () => {
    const wrong = (i: number) =>
      requestFrom('127.0.0.5', `${url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.9.8.${i}` },
        body: JSON.stringify({ email: admin.email, password: `sai-mat-khau-${i}` }),
      })
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await wrong(i)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    // nginx itself (127.0.0.1) and other visitors are not held.
    const other = await requestFrom('127.0.0.6', `${url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
    expect(other.status).toBe(200)
  })
})
