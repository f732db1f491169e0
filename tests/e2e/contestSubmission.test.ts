import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../collections/fields/slugify'
import { closedContestTitle, openContestTitle } from '../fixtures/siteFixtureContent'
import { elfExecutable, pngImage } from '../helpers/files'
import { startSmtp, type Mailbox } from '../helpers/smtp'
import { serveBuiltSite } from '../helpers/serveSite'

let site: { url: string; stop: () => void }
let payload: Payload
let mediaDir: string
let privateDir: string
let mail: Mailbox
const openSlug = slugify(openContestTitle)

beforeAll(async () => {
  mail = await startSmtp()
  const env: Record<string, string> = { ...inject('siteEnv'), SMTP_URL: mail.url }
  Object.assign(process.env, env)
  mediaDir = env.MEDIA_DIR!
  privateDir = env.PRIVATE_FILES_DIR!
  site = await serveBuiltSite(inject('siteDir'), { ...env, CONTEST_SUBMISSIONS_PER_HOUR: '1000', CONTEST_MAX_FILE_MB: '1' })
  const { default: config } = await import('../../cms/payload.config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
}, 120_000)
afterAll(async () => {
  site?.stop()
  await payload?.destroy()
  await mail?.stop()
})

const base = (title: string): Record<string, string> => ({
  title, modelType: 'communication-team', description: 'Tổ truyền thông nói chuyện bằng tiếng Mường.', name: 'Lò Văn Gửi', phone: '0912 000 111', consentText: 'co',
})
function form(fields: Record<string, string>, files: { data: Buffer; name: string; type: string }[] = []) {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.append(k, v)
  for (const file of files) f.append('files', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  return f
}
const post = async (slug: string, body: FormData) => {
  // Astro refuses cross-site form posts; a browser sends its Origin, so the test does too.
  const res = await fetch(`${site.url}/hoi-thi/${slug}/gui-bai/`, { method: 'POST', body, headers: { Origin: site.url } })
  return { status: res.status, html: await res.text() }
}
const entriesTitled = async (title: string) => (await payload.find({ collection: 'contest-entries', where: { title: { equals: title } }, depth: 0 })).docs
const state = async () => ({
  entries: (await payload.count({ collection: 'contest-entries' })).totalDocs,
  media: (await payload.count({ collection: 'media' })).totalDocs,
  privateFiles: (await payload.count({ collection: 'private-files' })).totalDocs,
  files: fs.readdirSync(mediaDir).length,
  privateFileBytes: fs.existsSync(privateDir) ? fs.readdirSync(privateDir).length : 0,
})

describe('submitting an entry through the portal’s HTML form', () => {
  it('stores the entry with its photo and answers with a receipt code', async () => {
    const { status, html } = await post(openSlug, form(base('Mô hình gửi qua biểu mẫu'), [{ data: await pngImage(400, 300), name: 'anh-mo-hinh.png', type: 'image/png' }]))
    expect(status).toBe(200)
    const receipt = html.match(/HT-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0]
    expect(receipt).toBeTruthy()
    expect(html).not.toContain('0912 000 111')
    const [entry] = await entriesTitled('Mô hình gửi qua biểu mẫu')
    expect(entry).toMatchObject({ status: 'submitted', receiptCode: receipt, submitter: { name: 'Lò Văn Gửi', phone: '0912 000 111' }, consent: { text: true, images: false, names: false } })
    expect(entry!.files).toHaveLength(1)
  })

  it('mails the receipt code to a submitter who gave an email, through the job queue, and nothing private', async () => {
    const { status, html } = await post(openSlug, form({ ...base('Mô hình có thư điện tử'), email: 'nguoi-gui@example.test' }))
    expect(status).toBe(200)
    const receipt = html.match(/HT-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0]
    await payload.jobs.run()
    const [message, ...more] = await mail.to('nguoi-gui@example.test')
    expect(more).toHaveLength(0)
    expect(message!.subject).toBe('Đã nhận bài dự thi “Mô hình có thư điện tử”')
    expect(message!.text).toContain(`Mã biên nhận: ${receipt}`)
    expect(message!.text).toContain('/hoi-thi/tra-cuu/')
    expect(message!.text).not.toContain('0912 000 111')
    // Without an email, no mail and no job.
    await post(openSlug, form(base('Mô hình không có thư')))
    await payload.jobs.run()
    expect(mail.messages).toHaveLength(1)
  })

  it.each([
    ['a missing required field', () => form({ ...base('Thiếu mô tả'), description: '' }), 400, 'Hãy mô tả mô hình.'],
    ['a filled honeypot', () => form({ ...base('Rô-bốt'), website: 'http://spam.example' }), 400, 'Không gửi được bài.'],
    ['an executable renamed .jpg', () => form(base('Tệp độc'), [{ data: elfExecutable(), name: 'anh.jpg', type: 'image/jpeg' }]), 400, 'anh.jpg'],
    ['a file over the size limit', () => form(base('Tệp lớn'), [{ data: Buffer.alloc(1.5 * 1024 * 1024, 1), name: 'lon.pdf', type: 'application/pdf' }]), 400, 'lớn hơn 1 MB'],
  ])('refuses %s with a clear message and stores nothing', async (_, make, code, message) => {
    const before = await state()
    const { status, html } = await post(openSlug, make())
    expect(status).toBe(code)
    expect(html).toContain(message)
    expect(await state()).toEqual(before)
  })

  it('removes a photo already stored when a later file of the same entry is refused', async () => {
    const before = await state()
    const photo = { data: await pngImage(400, 300), name: 'anh-truoc.png', type: 'image/png' }
    const { status, html } = await post(openSlug, form(base('Ảnh tốt rồi tệp độc'), [photo, { data: elfExecutable(), name: 'tep-sau.jpg', type: 'image/jpeg' }]))
    expect(status).toBe(400)
    expect(html).toContain('tep-sau.jpg')
    expect(await state()).toEqual(before)
  })

  it('gives the typed form back with a Vietnamese message when the server cannot store it, and stores nothing', async () => {
    // Another writer holds the database past the busy timeout: the portal cannot write.
    const { createClient } = await import('@libsql/client')
    const holder = createClient({ url: inject('siteEnv').DATABASE_URI! })
    const lock = await holder.transaction('write')
    await lock.execute("UPDATE contests SET title = title WHERE id = 0")
    let response: { status: number; html: string }
    try {
      response = await post(openSlug, form({ ...base('Bài gửi lúc máy chủ bận'), team: 'Chi hội thôn Bái', whatChanged: 'Nam giới cùng làm việc nhà.' }))
    } finally {
      await lock.rollback()
      holder.close()
    }
    expect(response.status).toBe(503)
    expect(response.html).toContain('Máy chủ đang bận nên bài chưa được lưu. Những gì bạn đã nhập vẫn còn dưới đây')
    expect(response.html).toContain('value="Bài gửi lúc máy chủ bận"')
    expect(response.html).toContain('value="Chi hội thôn Bái"')
    expect(response.html).toContain('>Nam giới cùng làm việc nhà.</textarea>')
    expect(response.html).toContain('value="0912 000 111"')
    expect(await entriesTitled('Bài gửi lúc máy chủ bận')).toHaveLength(0)
    // Sent again once the server is free, it is stored once.
    const again = await post(openSlug, form(base('Bài gửi lúc máy chủ bận')))
    expect(again.status).toBe(200)
    expect(await entriesTitled('Bài gửi lúc máy chủ bận')).toHaveLength(1)
  }, 60_000)

  it('refuses entries outside the submission window, whatever the page said when it was built', async () => {
    const { status, html } = await post(slugify(closedContestTitle), form(base('Quá hạn')))
    expect(status).toBe(403)
    expect(html).toContain('Hội thi không nhận bài vào lúc này.')
    expect(await entriesTitled('Quá hạn')).toHaveLength(0)
  })

  it('refuses a form posted from another site (Astro’s origin check)', async () => {
    const res = await fetch(`${site.url}/hoi-thi/${openSlug}/gui-bai/`, { method: 'POST', body: form(base('Từ trang lạ')), headers: { Origin: 'https://evil.example' } })
    expect(res.status).toBe(403)
    expect(await entriesTitled('Từ trang lạ')).toHaveLength(0)
  })

  it('takes 50 concurrent submissions: every one arrives exactly once with its own receipt', async () => {
    const started = performance.now()
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => post(openSlug, form(base(`Bài đồng thời số ${i + 1}`)))))
    const seconds = (performance.now() - started) / 1000
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200))
    const receipts = results.map((r) => r.html.match(/HT-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0])
    expect(new Set(receipts).size).toBe(50)
    const stored = (await payload.find({ collection: 'contest-entries', where: { title: { like: 'Bài đồng thời số' } }, pagination: false, depth: 0 })).docs
    expect(stored).toHaveLength(50)
    expect(new Set(stored.map((d) => d.title)).size).toBe(50)
    expect(new Set(stored.map((d) => d.receiptCode))).toEqual(new Set(receipts))
    console.log(`50 concurrent submissions: ${seconds.toFixed(1)} s, 0 errors`)
  }, 120_000)

  it('lets the submitter look the entry up with code and phone, and withdraw it', async () => {
    const [entry] = await entriesTitled('Mô hình gửi qua biểu mẫu')
    const lookup = async (fields: Record<string, string>) => {
      const res = await fetch(`${site.url}/hoi-thi/tra-cuu/`, { method: 'POST', body: new URLSearchParams(fields), headers: { Origin: site.url } })
      return { status: res.status, html: await res.text() }
    }
    const wrong = await lookup({ code: entry!.receiptCode!, phone: '0999999999' })
    expect(wrong.status).toBe(404)
    const right = await lookup({ code: entry!.receiptCode!.toLowerCase().replace(/-/g, ' '), phone: '+84 912 000 111' })
    expect(right.status).toBe(200)
    expect(right.html).toContain('Đã nhận')
    expect(right.html).toContain('Rút bài dự thi')
    const withdrawn = await lookup({ code: entry!.receiptCode!, phone: '0912000111', action: 'withdraw' })
    expect(withdrawn.html).toContain('Bài dự thi đã được rút.')
    expect((await entriesTitled('Mô hình gửi qua biểu mẫu'))[0]!.status).toBe('withdrawn')
  })

  it.each(['/hoi-thi/tra-cuu/', `/hoi-thi/${openSlug}/gui-bai/`])('answers a malformed form body at %s with 400 and a Vietnamese message, storing nothing', async (pathname) => {
    const before = await state()
    const res = await fetch(`${site.url}${pathname}`, {
      method: 'POST',
      body: '--x\r\nContent-Disposition: form-data; name="code"\r\n\r\nHT-0000',
      headers: { Origin: site.url, 'Content-Type': 'multipart/form-data; boundary=x' },
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Không đọc được nội dung biểu mẫu')
    expect(await state()).toEqual(before)
  })

  it('limits submissions per address, whatever X-Forwarded-For says, across a restart of the portal', async () => {
    await payload.delete({ collection: 'rate-limit-hits', where: { id: { exists: true } }, overrideAccess: true })
    const env = { ...inject('siteEnv'), CONTEST_SUBMISSIONS_PER_HOUR: '2' }
    const send = async (url: string, i: number) =>
      (await fetch(`${url}/hoi-thi/${openSlug}/gui-bai/`, { method: 'POST', body: form(base(`Giới hạn ${i}`)), headers: { Origin: url, 'X-Forwarded-For': `203.0.113.${i}` } })).status
    const first = await serveBuiltSite(inject('siteDir'), env)
    const statuses = [await send(first.url, 1), await send(first.url, 2), await send(first.url, 3)]
    first.stop()
    // The count is kept in the database: a restarted (or second) portal process sees it.
    const second = await serveBuiltSite(inject('siteDir'), env)
    try {
      statuses.push(await send(second.url, 4))
    } finally {
      second.stop()
    }
    expect(statuses).toEqual([200, 200, 429, 429])
    await payload.delete({ collection: 'rate-limit-hits', where: { id: { exists: true } }, overrideAccess: true })
  }, 90_000)

  it('holds a receipt code after five wrong phone numbers, even for the right one, and says so', async () => {
    await payload.delete({ collection: 'rate-limit-hits', where: { id: { exists: true } }, overrideAccess: true })
    const { html } = await post(openSlug, form(base('Mô hình để tra cứu sai')))
    const code = html.match(/HT-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0]
    const look = async (phone: string) => {
      const body = new URLSearchParams({ code, phone, action: 'lookup' })
      const res = await fetch(`${site.url}/hoi-thi/tra-cuu/`, { method: 'POST', body, headers: { Origin: site.url } })
      return { status: res.status, html: await res.text() }
    }
    for (let i = 0; i < 5; i += 1) expect((await look(`091200011${i + 2}`)).status).toBe(404)
    const held = await look('0912000111')
    expect(held.status).toBe(429)
    expect(held.html).toContain('tạm khoá vì số điện thoại đã nhập sai nhiều lần')
    expect(held.html).not.toContain('Mô hình để tra cứu sai')
    await payload.delete({ collection: 'rate-limit-hits', where: { id: { exists: true } }, overrideAccess: true })
  })

  it('lets no more than five wrong phone numbers through for one code when twenty arrive at once', async () => {
    await payload.delete({ collection: 'rate-limit-hits', where: { id: { exists: true } }, overrideAccess: true })
    const { html } = await post(openSlug, form(base('Mô hình đoán số song song')))
    const code = html.match(/HT-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0]
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${site.url}/hoi-thi/tra-cuu/`, { method: 'POST', body: new URLSearchParams({ code, phone: `09130001${String(i).padStart(2, '0')}`, action: 'lookup' }), headers: { Origin: site.url } }).then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(5)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15)
    await payload.delete({ collection: 'rate-limit-hits', where: { id: { exists: true } }, overrideAccess: true })
  }, 60_000)
})
