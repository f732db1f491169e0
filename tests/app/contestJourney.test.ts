import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { logInToAdmin, useAppAndBrowser, waitForPage } from '../helpers/appInBrowser'

const admin = { email: 'bantochuc@example.test', password: 'mat-khau-ban-to-chuc' }
const judge = { email: 'giamkhao-hanh-trinh@example.test', password: 'mat-khau-giam-khao-1' }
const title = 'Hội thi hành trình trên trình duyệt'
const slug = 'hoi-thi-hanh-trinh-tren-trinh-duyet'
const modelTitle = 'Nhóm bố mẹ cùng chia sẻ việc nhà bản Mường'
const contact = { name: 'Phạm Thị Liên Hệ', phone: '0977 123 456' }

const session = useAppAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SITE_REBUILD_DEBOUNCE_MS: '300' })

async function logIn(context: BrowserContext, user: { email: string; password: string }): Promise<Page> {
  const page = await context.newPage()
  await logInToAdmin(page, session.app.cmsUrl, user)
  return page
}

/** The admin's own REST API, called with the logged-in session of the page (as the admin UI does). */
async function api(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) {
  const res = await page.request.fetch(`${session.app.cmsUrl}/api${path}`, { method, data, headers: { 'Accept-Language': 'vi', Origin: session.app.cmsUrl } })
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true)
  return res.json()
}

describe('a contest from the public form to the showcase', () => {
  it('takes an entry with JavaScript off, then organiser and judge carry it to the showcase', async () => {
    const organiserContext = await session.browser.newContext({ locale: 'vi-VN' })
    const organiser = await logIn(organiserContext, admin)
    const { doc: judgeUser } = await api(organiser, 'POST', '/users', { ...judge, role: 'judge' })
    const day = 86_400_000
    const { doc: contest } = await api(organiser, 'POST', '/contests', {
      title, _status: 'published', phase: 'open',
      rules: { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Gửi mô hình hay.', version: 1 }] }] } },
      opensAt: new Date(Date.now() - day).toISOString(), closesAt: new Date(Date.now() + 10 * day).toISOString(),
      criteria: [{ name: 'Sáng tạo', weight: 1, maxScore: 10 }], prizes: [{ name: 'Giải Nhất' }], judges: [judgeUser.id],
    })

    // A citizen on a phone without JavaScript.
    await waitForPage(`${session.app.siteUrl}/hoi-thi/${slug}/`, (html) => html.includes('Gửi bài dự thi'))
    const citizenContext = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })
    const citizen = await citizenContext.newPage()
    await citizen.goto(`${session.app.siteUrl}/hoi-thi/${slug}/`)
    await citizen.getByLabel('Tên mô hình, sáng kiến (bắt buộc)').fill(modelTitle)
    await citizen.getByLabel('Loại mô hình (bắt buộc)').selectOption('other')
    await citizen.getByLabel('Mô hình là gì, làm thế nào (bắt buộc)').fill('Các ông bố cùng nấu cơm, đưa con đi học.')
    await citizen.getByLabel('Nội dung mô tả').check()
    await citizen.getByLabel('Họ và tên (bắt buộc)').fill(contact.name)
    await citizen.getByLabel('Điện thoại (bắt buộc, để tra cứu bài)').fill(contact.phone)
    await citizen.getByRole('button', { name: 'Gửi bài dự thi' }).click()
    await citizen.getByRole('heading', { name: 'Đã nhận bài dự thi' }).waitFor()
    const receipt = (await citizen.locator('.receipt__code').innerText()).trim()
    expect(receipt).toMatch(/^HT-[0-9A-Z]{4}-[0-9A-Z]{4}$/)

    // The organiser screens it in, in the admin.
    const { docs } = await api(organiser, 'GET', `/contest-entries?where[title][equals]=${encodeURIComponent(modelTitle)}`)
    const entryId = docs[0].id
    expect(docs[0].submitter).toMatchObject(contact)
    await organiser.goto(`${session.app.cmsUrl}/admin/collections/contest-entries/${entryId}`)
    await organiser.locator('#field-status .rs__control').click()
    await organiser.getByRole('option', { name: 'Qua sơ khảo', exact: true }).click()
    await organiser.getByRole('button', { name: 'Lưu', exact: true }).click()
    await organiser.getByText('Cập nhật thành công.').waitFor()
    await api(organiser, 'PATCH', `/contests/${contest.id}`, { phase: 'judging' })

    // The judge logs in, sees the entry without its contact, and scores it.
    const judgeContext = await session.browser.newContext({ locale: 'vi-VN' })
    const judgePage = await logIn(judgeContext, judge)
    const seen = await api(judgePage, 'GET', `/contest-entries/${entryId}`)
    expect(seen.title).toBe(modelTitle)
    expect(seen.submitter).toBeUndefined()
    await api(judgePage, 'POST', '/contest-scores', { entry: entryId, scores: [{ criterion: 'Sáng tạo', score: 9 }] })
    const sheets = await api(judgePage, 'GET', '/contest-scores')
    expect(sheets.docs.map((d: { complete: boolean }) => d.complete)).toEqual([true])
    await judgePage.goto(`${session.app.cmsUrl}/admin/collections/contest-scores`)
    expect(await judgePage.locator('table tbody tr').count()).toBe(1)

    // Results: awarded and published; the model appears in the showcase, the contact nowhere.
    const ranking = await api(organiser, 'GET', `/contests/${contest.id}/ranking`)
    expect(ranking.ranking[0]).toMatchObject({ title: modelTitle, average: 9 })
    await organiser.goto(`${session.app.cmsUrl}/admin/collections/contests/${contest.id}`)
    await organiser.getByRole('button', { name: 'Ban giám khảo, xếp hạng' }).click()
    const rankingTable = organiser.locator('table').filter({ hasText: 'Xếp hạng theo điểm bình quân' })
    await rankingTable.getByRole('link', { name: modelTitle }).waitFor()
    expect(await rankingTable.innerText()).toMatch(/1\s+Nhóm bố mẹ[^\n]*\s+1\s+9\s+0/)
    await api(organiser, 'PATCH', `/contest-entries/${entryId}`, { status: 'awarded', prize: 'Giải Nhất' })
    await api(organiser, 'PATCH', `/contests/${contest.id}`, { phase: 'results' })
    const page = await waitForPage(`${session.app.siteUrl}/hoi-thi/${slug}/`, (html) => html.includes(modelTitle))
    expect(page).not.toContain(contact.phone)
    const model = await waitForPage(`${session.app.siteUrl}/mo-hinh/nhom-bo-me-cung-chia-se-viec-nha-ban-muong/`, (html) => html.includes('Các ông bố cùng nấu cơm'))
    expect(model).not.toContain(contact.name)

    // The public API, REST and GraphQL, shows the showcased entry but never its contact.
    const publicRest = await (await fetch(`${session.app.cmsUrl}/api/contest-entries?depth=2`)).text()
    expect(publicRest).toContain(modelTitle)
    const graphql = await (
      await fetch(`${session.app.cmsUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ ContestEntries { docs { title receiptCode submitter { name phone email } } } }' }),
      })
    ).text()
    expect(graphql).toContain(modelTitle)
    for (const body of [publicRest, graphql]) {
      for (const secret of [contact.name, contact.phone, receipt]) expect(body).not.toContain(secret)
    }
    await Promise.all([organiserContext.close(), citizenContext.close(), judgeContext.close()])
  }, 300_000)
})
