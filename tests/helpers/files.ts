import zlib from 'node:zlib'

import sharp from 'sharp'

import { launchBrowser } from './browser'

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export const uploadFile = (data: Buffer, name: string, mimetype: string): UploadFile => ({ data, name, mimetype, size: data.length })

export async function pngImage(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 11, g: 74, b: 139 } } })
    .png()
    .toBuffer()
}

/** A photograph-like image (blurred noise): realistic bytes for size benchmarks, unlike a flat colour. */
export async function photoLikeImage(width = 1600, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 110, b: 90 }, noise: { type: 'gaussian', mean: 120, sigma: 40 } } })
    .blur(2)
    .jpeg({ quality: 85 })
    .toBuffer()
}

/** A PDF with real text in Vietnamese (fonts embedded), printed by Chromium as a browser would. */
export async function pdfWithText(paragraphs: string[]): Promise<Buffer> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    await page.setContent(`<!doctype html><html lang="vi"><meta charset="utf-8"><body>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</body></html>`)
    return Buffer.from(await page.pdf({ format: 'A4' }))
  } finally {
    await browser.close()
  }
}

/** A minimal but valid one-page PDF (no text). */
export function pdfDocument(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((obj, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** A PNG whose header promises width×height pixels but carries almost no data: a decompression bomb. */
export function pngBombHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(typed))
    return Buffer.concat([length, typed, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** The first bytes of a Linux executable. */
export function elfExecutable(): Buffer {
  return Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)])
}

/** One second of silent 8 kHz mono PCM: a real WAV file. */
export function wavAudio(seconds = 1): Buffer {
  const samples = 8000 * seconds
  const header = Buffer.alloc(44)
  header.write('RIFF', 0, 'latin1')
  header.writeUInt32LE(36 + samples, 4)
  header.write('WAVEfmt ', 8, 'latin1')
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(8000, 24)
  header.writeUInt32LE(8000, 28)
  header.writeUInt16LE(1, 32)
  header.writeUInt16LE(8, 34)
  header.write('data', 36, 'latin1')
  header.writeUInt32LE(samples, 40)
  return Buffer.concat([header, Buffer.alloc(samples, 128)])
}

/** An MP4 container (ftyp + mdat boxes) as a phone would record it, without real frames. */
export function mp4Video(payloadBytes = 64 * 1024): Buffer {
  const box = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(8 + body.length, 0)
    head.write(type, 4, 'latin1')
    return Buffer.concat([head, body])
  }
  const ftyp = box('ftyp', Buffer.concat([Buffer.from('isom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41', 'latin1')]))
  return Buffer.concat([ftyp, box('mdat', Buffer.alloc(payloadBytes, 7))])
}
