import { describe, expect, it } from 'vitest'

import { attachmentCaption, hiddenMediaCaption, libraryAudioCaption } from '../fixtures/siteFixtureContent'
import { builtPage, filesContaining, pageExists, textOf } from '../helpers/builtPages'

describe('the public media library', () => {
  it('lists images, audio and documents with their facts, and plays audio without JavaScript', () => {
    const html = builtPage('thu-vien')
    const text = textOf(html)
    expect(text).toContain(libraryAudioCaption)
    expect(text).toContain(attachmentCaption)
    expect(text).toMatch(/Tài liệu · Tiếng Việt · PDF · 1 trang · \d+ KB/)
    expect(html).toMatch(/<audio controls preload="none"> ?<source src="http:\/\/localhost:3000\/api\/media\/file\/loa-truyen-thanh-tieng-muong\.wav" type="audio\/(x-)?wav"/)
    expect(text).toContain('Lời thoại: phòng, chống bạo lực gia đình.')
    expect(text).toContain('Được dùng lại, ghi nguồn (CC BY 4.0)')
  })

  it('filters by kind and by language on static pages', () => {
    expect(pageExists('thu-vien/loai/am-thanh')).toBe(true)
    expect(pageExists('thu-vien/loai/anh')).toBe(true)
    const muong = textOf(builtPage('thu-vien/ngon-ngu/tieng-muong'))
    expect(muong).toContain('Ngôn ngữ: Tiếng Mường')
    expect(muong).toContain(libraryAudioCaption)
    expect(muong).not.toContain(attachmentCaption)
  })

  it('leaves out what editors kept out of the library', () => {
    expect(filesContaining(hiddenMediaCaption)).toEqual([])
  })
})
