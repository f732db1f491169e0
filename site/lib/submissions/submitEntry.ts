import fs from 'node:fs/promises'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { modelTypes } from '../../../collections/ContestEntries/options'
import { privateFilesDir } from '../../../cms/paths'
import type { PrivateFile } from '../../../cms/payload-types'
import { payloadClient } from '../payload'
import { newReceiptCode } from './receiptCode'

export type FieldErrors = Record<string, string>
export type SubmitResult =
  | { ok: true; receipt: string; title: string }
  | { ok: false; status: number; errors: FieldErrors; values: Record<string, string> }

export const maxFiles = 5
export const maxFileMB = Number(process.env.CONTEST_MAX_FILE_MB ?? 10)
/** The whole request, checked from its declared length before anything is read. */
export const maxRequestBytes = (maxFiles * maxFileMB + 1) * 1024 * 1024

const text = (form: FormData, name: string, max = 4000) => String(form.get(name) ?? '').trim().slice(0, max)
const checked = (form: FormData, name: string) => form.get(name) === 'co'
const phoneOk = (s: string) => /^[0-9+ .-]{9,15}$/.test(s) && s.replace(/\D/g, '').length >= 9
const emailOk = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)

/** The form's fields, typed in by a person: what to show again if something must be fixed. */
export const echo = (form: FormData): Record<string, string> =>
  Object.fromEntries(['title', 'modelType', 'commune', 'team', 'description', 'whatChanged', 'impactEvidence', 'name', 'phone', 'email', 'consentText', 'consentImages', 'consentNames'].map((k) => [k, text(form, k)]))

async function removeFiles(docs: PrivateFile[]) {
  const names = docs.map((d) => d.filename).filter((n): n is string => Boolean(n))
  await Promise.all(names.map((n) => fs.rm(path.join(privateFilesDir, path.basename(n)), { force: true })))
}

/**
 * A contest entry from the public form: the window is checked now (not at build time), the
 * honeypot must be empty, fields and files are checked (files by the media collection's own
 * byte rules, kept as private files), and the entry with its files is stored in one transaction — or nothing is, files
 * on disk included. The submitter gets a receipt code.
 */
export async function submitEntry(contestSlug: string, form: FormData, now = new Date()): Promise<SubmitResult> {
  const values = echo(form)
  const refuse = (status: number, errors: FieldErrors): SubmitResult => ({ ok: false, status, errors, values })
  const payload = await payloadClient()
  const contest = (await payload.find({ collection: 'contests', where: { and: [{ slug: { equals: contestSlug } }, { _status: { equals: 'published' } }] }, overrideAccess: false, depth: 0, limit: 1 })).docs[0]
  if (!contest) return refuse(404, { form: 'Không tìm thấy hội thi.' })
  if (contest.phase !== 'open' || now < new Date(contest.opensAt) || now > new Date(contest.closesAt)) {
    return refuse(403, { form: 'Hội thi không nhận bài vào lúc này. Xem thời gian nhận bài trong thể lệ.' })
  }
  if (text(form, 'website')) return refuse(400, { form: 'Không gửi được bài. Vui lòng tải lại trang và thử lại.' })

  const errors: FieldErrors = {}
  if (!values.title) errors.title = 'Hãy nhập tên mô hình, sáng kiến.'
  if (!modelTypes.some((m) => m.value === values.modelType)) errors.modelType = 'Hãy chọn loại mô hình.'
  if (!values.description) errors.description = 'Hãy mô tả mô hình.'
  if (!values.name) errors.name = 'Hãy nhập họ và tên người gửi.'
  if (!phoneOk(values.phone)) errors.phone = 'Hãy nhập số điện thoại (ít nhất 9 chữ số) để tra cứu bài.'
  if (values.email && !emailOk(values.email)) errors.email = 'Địa chỉ thư điện tử không đúng dạng.'
  let commune: number | null = null
  if (values.commune) {
    const unit = await payload.findByID({ collection: 'org-units', id: values.commune, depth: 0, disableErrors: true })
    if (unit?.level === 'commune') commune = unit.id as number
    else errors.commune = 'Hãy chọn xã trong danh sách.'
  }
  const files = form.getAll('files').filter((f): f is File => typeof f === 'object' && f !== null && 'size' in f && f.size > 0)
  if (files.length > maxFiles) errors.files = `Gửi tối đa ${maxFiles} tệp.`
  const tooBig = files.find((f) => f.size > maxFileMB * 1024 * 1024)
  if (tooBig) errors.files = `Tệp “${tooBig.name}” lớn hơn ${maxFileMB} MB.`
  if (Object.keys(errors).length) return refuse(400, errors)

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  const stored: PrivateFile[] = []
  try {
    for (const file of files) {
      const data = Buffer.from(await file.arrayBuffer())
      const doc = await payload.create({
        collection: 'private-files',
        data: { description: `Ảnh minh hoạ mô hình “${values.title}”` },
        file: { data, name: file.name, mimetype: file.type || 'application/octet-stream', size: data.length },
        req,
        overrideAccess: true,
      })
      stored.push(doc)
    }
    let receipt = newReceiptCode()
    for (let attempt = 0; ; attempt++) {
      const taken = await payload.count({ collection: 'contest-entries', where: { receiptCode: { equals: receipt } }, overrideAccess: true, req })
      if (taken.totalDocs === 0 || attempt > 5) break
      receipt = newReceiptCode()
    }
    const entry = await payload.create({
      collection: 'contest-entries',
      data: {
        contest: contest.id,
        title: values.title,
        modelType: values.modelType as (typeof modelTypes)[number]['value'],
        commune,
        team: values.team,
        description: values.description,
        whatChanged: values.whatChanged,
        impactEvidence: values.impactEvidence,
        files: stored.map((m) => m.id as number),
        consent: { text: checked(form, 'consentText'), images: checked(form, 'consentImages'), names: checked(form, 'consentNames') },
        submitter: { name: values.name, phone: values.phone, email: values.email || undefined },
        receiptCode: receipt,
        status: 'submitted',
      },
      req,
      overrideAccess: true,
    })
    // The receipt by email goes through the CMS's job queue, committed with the entry.
    if (values.email) await payload.jobs.queue({ task: 'sendContestReceipt', input: { entry: entry.id as number }, req })
    await commitTransaction(req)
    return { ok: true, receipt, title: values.title }
  } catch (error) {
    await killTransaction(req)
    await removeFiles(stored)
    // A file the media rules refuse says why; anything else is the server's trouble (receiveEntry.ts).
    const refused = (error as { data?: { errors?: { message: string }[] } }).data?.errors?.map((x) => x.message).join(' ')
    if (refused) return refuse(400, { files: refused })
    throw error
  }
}
