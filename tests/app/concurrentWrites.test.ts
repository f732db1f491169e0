import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pngImage } from '../helpers/files'
import { startApp, type RunningApp } from '../helpers/runningApp'
import { createTestDatabase } from '../helpers/testDatabase'

const admin = { email: 'quantri@example.test', password: 'mat-khau-quan-tri-dong-thoi' }
const databases = ['sqlite', ...(process.env.TEST_POSTGRES_URI ? ['postgres'] : [])]

type Outcome = { kind: string; status: number; body: string }
type Upload = { filename?: string | null; sizes?: Record<string, { filename?: string | null }> | null }

/**
 * The product as a district runs it: `npm start`'s two processes (the admin and the portal) both
 * writing at once — 50 contest entries through the public form, 20 saves in the admin (uploads,
 * deletions, new campaigns) and a CSV import — and afterwards every request stored exactly once
 * or refused with a reason, every file on disk belonging to a row and every row's file on disk.
 */
describe.each(databases)('concurrent writes against npm start on %s', (kind) => {
  let app: RunningApp
  let token: string
  const api = async (method: string, url: string, body?: unknown) => {
    const res = await fetch(`${app.cmsUrl}/api${url}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'vi' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`)
    return JSON.parse(text)
  }
  const all = async <T,>(collection: string, where = '') =>
    (await api('GET', `/${collection}?limit=0&depth=0&pagination=false${where}`)).docs as T[]

  beforeAll(async () => {
    const database = kind === 'postgres' ? (await createTestDatabase('postgres')).uri : undefined
    app = await startApp({
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      CONTEST_SUBMISSIONS_PER_HOUR: '1000',
      SITE_REBUILD_DEBOUNCE_MS: '300',
      ...(database ? { DATABASE_URI: database } : {}),
    })
    const login = await fetch(`${app.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    expect(login.status).toBe(200)
    token = ((await login.json()) as { token: string }).token
  }, 600_000)
  afterAll(() => app?.stop(), 60_000)

  it('stores every request exactly once or refuses it with a reason: no 500, nothing lost, no orphan file', async () => {
    const day = 24 * 3600 * 1000
    const paragraph = (text: string) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }] } })
    const contest = (await api('POST', '/contests', {
      title: 'Hội thi mô hình nhận bài đồng thời', rules: paragraph('Gửi trước hạn.'), _status: 'published', phase: 'open',
      opensAt: new Date(Date.now() - day).toISOString(), closesAt: new Date(Date.now() + 30 * day).toISOString(),
      criteria: [{ name: 'Sáng tạo', weight: 1, maxScore: 10 }], prizes: [{ name: 'Giải Nhất' }],
    })).doc as { slug: string }
    const [plan] = await all<{ id: number }>('plans')
    await api('POST', '/reporting-periods', {
      plan: plan!.id, code: '2099-H1', name: '6 tháng đầu năm 2099', kind: 'half-year', startDate: '2099-01-01', endDate: '2099-06-30',
      communeDeadline: '2099-09-10', communeUpdateDeadline: '2100-01-25', districtDeadline: '2099-09-15', districtUpdateDeadline: '2100-01-31',
    })
    const communes = await all<{ name: string }>('org-units', '&where[level][equals]=commune')
    const indicators = (await all<{ code: string; aggregation: string }>('indicators')).filter((i) => i.aggregation === 'sum').slice(0, 4)
    const themes = await all<{ id: number }>('campaign-themes')
    const photo = await pngImage(640, 480)
    const mediaForm = (i: number) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/png' }), `anh-dong-thoi-${i}.png`)
      form.append('_payload', JSON.stringify({ alt: `Ảnh tải lên đồng thời ${i}`, caption: `Ảnh ${i}` }))
      return form
    }
    const upload = (i: number) => fetch(`${app.cmsUrl}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: mediaForm(i) })
    const toDelete = await Promise.all([0, 1, 2, 3, 4].map(async (i) => ((await (await upload(100 + i)).json()) as { doc: { id: number } }).doc.id))

    const entryForm = (i: number) => {
      const form = new FormData()
      for (const [k, v] of Object.entries({ title: `Mô hình gửi đồng thời số ${i}`, modelType: 'communication-team', description: 'Tổ truyền thông nói chuyện bằng tiếng Mường.', name: 'Lò Văn Gửi', phone: '0912 000 111', consentText: 'co' })) form.append(k, v)
      form.append('files', new Blob([new Uint8Array(photo)], { type: 'image/png' }), `mo-hinh-${i}.png`)
      return form
    }
    const csv = ['xa,ky,ma_chi_tieu,gia_tri,mau_so,nu,nam,dtts,ghi_chu', ...communes.flatMap((c) => indicators.map((ind, k) => `${c.name},2099-H1,${ind.code},${k + 1},,,,,`))].join('\r\n')
    const outcome = (kind: string) => async (res: Response): Promise<Outcome> => ({ kind, status: res.status, body: await res.text() })
    const requests: Promise<Outcome>[] = [
      ...Array.from({ length: 50 }, (_, i) =>
        fetch(`${app.siteUrl}/hoi-thi/${contest.slug}/gui-bai/`, { method: 'POST', body: entryForm(i), headers: { Origin: app.siteUrl } }).then(outcome(`entry ${i}`)),
      ),
      ...Array.from({ length: 10 }, (_, i) => upload(i).then(outcome(`upload ${i}`))),
      ...toDelete.map((id) => fetch(`${app.cmsUrl}/api/media/${id}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } }).then(outcome(`delete ${id}`))),
      ...Array.from({ length: 5 }, (_, i) =>
        fetch(`${app.cmsUrl}/api/campaigns`, {
          method: 'POST',
          headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ title: `Chiến dịch lưu đồng thời ${i}`, body: paragraph('Nội dung.'), themes: [themes[0]!.id] }),
        }).then(outcome(`campaign ${i}`)),
      ),
      fetch(`${app.cmsUrl}/api/indicator-reports/import-csv?plan=${plan!.id}`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'text/csv; charset=utf-8' },
        body: csv,
      }).then(outcome('csv')),
    ]
    const started = performance.now()
    const outcomes = await Promise.all(requests)
    const seconds = (performance.now() - started) / 1000

    const failed = outcomes.filter((o) => o.status >= 500)
    expect(failed.map((o) => `${o.kind}: ${o.status} ${o.body.slice(0, 200)}`)).toEqual([])
    const refused = outcomes.filter((o) => o.status >= 400)
    // Nothing is expected to be refused here; a refusal would at least have to say why, in Vietnamese.
    for (const o of refused) expect(o.body, o.kind).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụóòỏõọéèẻẽẹýỳỷỹỵ]/)
    expect(refused.map((o) => o.kind)).toEqual([])

    const receipts = outcomes.filter((o) => o.kind.startsWith('entry')).map((o) => o.body.match(/HT-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0])
    expect(receipts.every(Boolean)).toBe(true)
    const entries = await all<{ title: string; receiptCode: string; files: number[] }>('contest-entries', '&where[title][like]=gửi đồng thời')
    expect(entries).toHaveLength(50)
    expect(new Set(entries.map((e) => e.title)).size).toBe(50)
    expect(new Set(entries.map((e) => e.receiptCode))).toEqual(new Set(receipts))
    expect(entries.every((e) => e.files.length === 1)).toBe(true)
    expect(await all('media', '&where[alt][like]=tải lên đồng thời')).toHaveLength(10)
    for (const id of toDelete) expect((await fetch(`${app.cmsUrl}/api/media/${id}`, { headers: { Authorization: `JWT ${token}` } })).status).toBe(404)
    expect(await all('campaigns', '&draft=true&where[title][like]=lưu đồng thời')).toHaveLength(5)
    const csvResult = JSON.parse(outcomes.find((o) => o.kind === 'csv')!.body) as { created: number; rows: number }
    expect(csvResult).toMatchObject({ created: communes.length, rows: communes.length * indicators.length })
    expect(await all('indicator-reports', '&where[period.code][equals]=2099-H1')).toHaveLength(communes.length)

    // Every file on disk belongs to a row, and every row's files are on disk.
    const filesOf = (docs: Upload[]) => new Set(docs.flatMap((d) => [d.filename, ...Object.values(d.sizes ?? {}).map((s) => s.filename)]).filter((n): n is string => Boolean(n)))
    const onDisk = (dir: string) => new Set(fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => !n.startsWith('.')) : [])
    const media = { rows: filesOf(await all<Upload>('media')), disk: onDisk(app.mediaDir) }
    const privateFiles = { rows: filesOf(await all<Upload>('private-files')), disk: onDisk(path.join(app.dataDir, 'private-files')) }
    const orphans = [...media.disk].filter((f) => !media.rows.has(f)).concat([...privateFiles.disk].filter((f) => !privateFiles.rows.has(f)))
    const missing = [...media.rows].filter((f) => !media.disk.has(f)).concat([...privateFiles.rows].filter((f) => !privateFiles.disk.has(f)))
    expect({ orphans, missing }).toEqual({ orphans: [], missing: [] })
    // Nothing left waiting either: every deletion's files were removed once it committed.
    const waiting = [app.mediaDir, path.join(app.dataDir, 'private-files')].flatMap((dir) => (fs.existsSync(path.join(dir, '.removed')) ? fs.readdirSync(path.join(dir, '.removed')) : []))
    expect(waiting).toEqual([])
    expect(app.log()).not.toMatch(/SQLITE_BUSY|deadlock detected/)
    console.log(
      `${kind}: ${outcomes.length} concurrent requests (50 entries, 10 uploads, 5 deletions, 5 campaigns, 1 CSV of ${communes.length * indicators.length} rows) in ${seconds.toFixed(1)} s: ` +
        `${outcomes.length - refused.length} stored, ${refused.length} refused, ${failed.length} × 5xx, ${orphans.length} orphan files, ${missing.length} rows without file`,
    )
  }, 300_000)

  it('keeps every save through a minute of the job queue’s own bookkeeping (its scheduler writes on every tick)', async () => {
    const photo = await pngImage(320, 240)
    const failures: string[] = []
    let saves = 0
    const until = Date.now() + 62_000 // at least one tick of the CMS's minute cron
    while (Date.now() < until) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/png' }), `phut-${saves}.png`)
      form.append('_payload', JSON.stringify({ alt: `Ảnh trong phút ${saves}` }))
      const created = await fetch(`${app.cmsUrl}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
      if (created.status !== 201) failures.push(`upload ${created.status}: ${(await created.text()).slice(0, 200)}`)
      else {
        const { doc } = (await created.json()) as { doc: { id: number } }
        const removed = await fetch(`${app.cmsUrl}/api/media/${doc.id}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
        if (removed.status !== 200) failures.push(`delete ${removed.status}: ${(await removed.text()).slice(0, 200)}`)
      }
      saves++
    }
    expect(failures, app.log().slice(-3000)).toEqual([])
    expect(app.log()).not.toMatch(/SQLITE_BUSY|database is locked|Error in job queue/)
    console.log(`${kind}: ${saves} upload + delete pairs over 62 s of the job queue's ticks: 0 failed`)
  }, 120_000)
})
