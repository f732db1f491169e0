import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validationMessages } from '../helpers/errors'
import { elfExecutable, pdfDocument, pdfWithText, pngBombHeader, pngImage, uploadFile } from '../helpers/files'
import { startTestPayload, type TestContext } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startTestPayload()
})
afterAll(() => ctx?.close())

const mediaCount = async () => (await ctx.payload.count({ collection: 'media' })).totalDocs
const filesOnDisk = () => fs.readdirSync(ctx.mediaDir)

/** Takes a thunk: the upload must start only after the before-counts are taken. */
async function expectRefusedLeavingNothing(upload: () => Promise<unknown>, expected: RegExp | string) {
  const countBefore = await mediaCount()
  const filesBefore = filesOnDisk()
  const messages = (await validationMessages(upload())).join(' ')
  if (typeof expected === 'string') expect(messages).toContain(expected)
  else expect(messages).toMatch(expected)
  expect(await mediaCount()).toBe(countBefore)
  expect(filesOnDisk()).toEqual(filesBefore)
}

describe('media', () => {
  it('stores an image with its alt text and makes WebP sizes with sharp', async () => {
    const doc = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'Tổ truyền thông cộng đồng xã Cán Khê', language: 'vi' },
      file: uploadFile(await pngImage(1600, 1200), 'to-truyen-thong.png', 'image/png'),
    })
    expect(doc.kind).toBe('image')
    expect(doc.width).toBe(1600)
    expect(doc.sizes?.card?.mimeType).toBe('image/webp')
    expect(doc.sizes?.card?.width).toBe(800)
    expect(doc.sizes?.cardAvif?.mimeType).toBe('image/avif')
    expect(doc.sizes?.thumbnail?.filename).toMatch(/\.webp$/)
    expect(filesOnDisk()).toContain(doc.sizes!.full!.filename!)

    const updated = await ctx.payload.update({ collection: 'media', id: doc.id, data: { caption: 'Buổi sinh hoạt tháng 9' } })
    expect(updated.caption).toBe('Buổi sinh hoạt tháng 9')
  })

  it('stores a PDF document without alt text', async () => {
    const doc = await ctx.payload.create({
      collection: 'media',
      data: { caption: 'Bản ký kế hoạch' },
      file: uploadFile(pdfDocument(), 'ke-hoach-ban-ky.pdf', 'application/pdf'),
    })
    expect(doc.kind).toBe('document')
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.pageCount).toBe(1)
  })

  it('keeps the words of an uploaded PDF for search, read from the file, whatever the uploader sends', async () => {
    const officer = await createUser(ctx.payload, 'communications-officer')
    const doc = await ctx.payload.create({
      collection: 'media',
      data: { caption: 'Sổ tay tuyên truyền', documentText: 'chữ giả mạo' },
      file: uploadFile(await pdfWithText(['Phòng, chống bạo lực gia đình ở thôn bản.', 'Trang hai: địa chỉ tin cậy.']), 'so-tay.pdf', 'application/pdf'),
      user: officer,
      overrideAccess: false,
    })
    expect(doc.documentText).toContain('Phòng, chống bạo lực gia đình ở thôn bản.')
    expect(doc.documentText).toContain('địa chỉ tin cậy')
    expect(doc.documentText).not.toContain('giả mạo')
    const edited = await ctx.payload.update({ collection: 'media', id: doc.id, data: { caption: 'Sổ tay', documentText: 'sửa tay' }, user: officer, overrideAccess: false })
    expect(edited.documentText).toBe(doc.documentText)

    const scan = await ctx.payload.create({ collection: 'media', data: { caption: 'Bản scan' }, file: uploadFile(pdfDocument(), 'scan.pdf', 'application/pdf') })
    expect(scan.documentText).toBe('')
  }, 60_000)

  it('reads at start the PDFs uploaded before their words were kept', async () => {
    const doc = await ctx.payload.create({ collection: 'media', data: { caption: 'Tài liệu cũ' }, file: uploadFile(await pdfWithText(['Tài liệu tập huấn năm 2023.']), 'cu.pdf', 'application/pdf') })
    await ctx.payload.update({ collection: 'media', id: doc.id, data: { documentText: null }, overrideAccess: true })
    // Imported now: the module reads MEDIA_DIR, which startTestPayload sets.
    const { readMissingDocumentText } = await import('../../cms/media/readMissingDocumentText')
    const lines: string[] = []
    await readMissingDocumentText(ctx.payload, (line) => lines.push(line))
    const after = await ctx.payload.findByID({ collection: 'media', id: doc.id, overrideAccess: true })
    expect(after.documentText).toBe('Tài liệu tập huấn năm 2023.')
    expect(lines.join('\n')).toMatch(/Đã đọc chữ của \d+ tài liệu PDF/)
    lines.length = 0
    await readMissingDocumentText(ctx.payload, (line) => lines.push(line))
    expect(lines).toEqual([])
  }, 60_000)

  it('refuses an image without alt text, in Vietnamese, storing nothing', async () => {
    await expectRefusedLeavingNothing(
      async () => ctx.payload.create({ collection: 'media', data: {}, file: uploadFile(await pngImage(), 'anh.png', 'image/png') }),
      'văn bản thay thế',
    )
  })

  it('refuses a text file uploaded as an image', async () => {
    const text = Buffer.from('Đây không phải là ảnh, chỉ là văn bản.\n'.repeat(20))
    await expectRefusedLeavingNothing(
      () => ctx.payload.create({ collection: 'media', data: { alt: 'ảnh giả' }, file: uploadFile(text, 'anh-gia.jpg', 'image/jpeg') }),
      'nội dung không phải là ảnh',
    )
  })

  it('refuses an executable renamed .jpg', async () => {
    await expectRefusedLeavingNothing(
      () => ctx.payload.create({ collection: 'media', data: { alt: 'x' }, file: uploadFile(elfExecutable(), 'hinh.jpg', 'image/jpeg') }),
      'không phải là ảnh',
    )
  })

  it('refuses an HTML page whatever it claims to be', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
    await expectRefusedLeavingNothing(
      () => ctx.payload.create({ collection: 'media', data: {}, file: uploadFile(html, 'tai-lieu.pdf', 'application/pdf') }),
      'không thuộc các loại được phép',
    )
  })

  it('refuses an image whose header promises a decompression bomb', async () => {
    await expectRefusedLeavingNothing(
      () => ctx.payload.create({ collection: 'media', data: { alt: 'bom' }, file: uploadFile(pngBombHeader(30000, 30000), 'bom.png', 'image/png') }),
      'quá lớn',
    )
  })

  it('refuses a file over the configured size limit', async () => {
    const previous = process.env.MEDIA_MAX_MB
    process.env.MEDIA_MAX_MB = '0.05'
    try {
      await expectRefusedLeavingNothing(
        async () => ctx.payload.create({ collection: 'media', data: { alt: 'ảnh lớn' }, file: uploadFile(await pngImage(2000, 2000), 'lon.png', 'image/png') }),
        'vượt quá giới hạn',
      )
    } finally {
      if (previous === undefined) delete process.env.MEDIA_MAX_MB
      else process.env.MEDIA_MAX_MB = previous
    }
  })

  it('refuses a file whose extension does not match its content', async () => {
    await expectRefusedLeavingNothing(
      () => ctx.payload.create({ collection: 'media', data: {}, file: uploadFile(pdfDocument(), 'bao-cao.docx', 'application/pdf') }),
      'không khớp với nội dung',
    )
  })
})
