import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { courseFixture, draftCampaignTitle, editorLogin, judgeLogin } from '../fixtures/siteFixtureContent'
import { serveBuiltSite } from '../helpers/serveSite'

let site: { url: string; stop: () => void }
let payload: Payload
let draftId: number | string

beforeAll(async () => {
  const env = inject('siteEnv')
  Object.assign(process.env, env)
  site = await serveBuiltSite(inject('siteDir'), env)
  const { default: config } = await import('../../cms/payload.config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
  const draft = await payload.find({ collection: 'campaigns', draft: true, where: { title: { equals: draftCampaignTitle } } })
  draftId = draft.docs[0]!.id
})
afterAll(async () => {
  site?.stop()
  await payload?.destroy()
})

/** Asks for the preview as a browser would from the admin next door (same site), or from another site. */
async function previewAs(login: { email: string; password: string } | null, from: 'same-site' | 'cross-site' = 'same-site', path = `/xem-truoc/campaigns/${draftId}/`) {
  const headers: Record<string, string> = { 'sec-fetch-site': from }
  if (login) {
    const { token } = await payload.login({ collection: 'users', data: login })
    headers.cookie = `payload-token=${token}`
  }
  const res = await fetch(`${site.url}${path}`, { headers })
  return { status: res.status, html: await res.text(), cache: res.headers.get('cache-control') }
}

describe('draft preview on the public design', () => {
  it('refuses anonymous visitors and shows them nothing of the draft', async () => {
    const { status, html } = await previewAs(null)
    expect(status).toBe(401)
    expect(html).toContain('Cần đăng nhập để xem bản nháp')
    expect(html).not.toContain(draftCampaignTitle)
  })

  it('shows a logged-in communications officer the draft, marked as a preview and never cached', async () => {
    const { status, html, cache } = await previewAs(editorLogin)
    expect(status).toBe(200)
    expect(html).toContain(draftCampaignTitle)
    expect(html).toContain('Bản xem trước')
    expect(cache).toContain('no-store')
  })

  it('does not use the login cookie when another site sends the visitor', async () => {
    const { status, html } = await previewAs(editorLogin, 'cross-site')
    expect(status).toBe(401)
    expect(html).not.toContain(draftCampaignTitle)
  })

  it('shows nothing to a logged-in user who may not read drafts', async () => {
    const { status, html } = await previewAs(judgeLogin)
    expect(status).toBe(404)
    expect(html).not.toContain(draftCampaignTitle)
  })

  it('previews a draft course whole, its lessons one after another, to its editors only', async () => {
    const course = (await payload.find({ collection: 'courses', draft: true, where: { title: { equals: courseFixture.draftTitle } } })).docs[0]!
    const path = `/xem-truoc/courses/${course.id}/`
    const editor = await previewAs(editorLogin, 'same-site', path)
    expect(editor.status).toBe(200)
    expect(editor.html).toContain(courseFixture.draftTitle)
    expect(editor.html).toContain('Bài nháp')
    expect(editor.html).toContain('Bản xem trước')
    const judge = await previewAs(judgeLogin, 'same-site', path)
    expect(judge.status).toBe(404)
    expect(judge.html).not.toContain(courseFixture.draftTitle)
  })
})
