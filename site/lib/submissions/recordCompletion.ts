import { takeAttempt } from '../../../cms/limits/rateLimit'
import { addressBlock } from '../../../cms/siteServer/clientAddress'
import { payloadClient } from '../payload'
import { readForm, unreadableFormMessage } from './readForm'
import { newCertificateCode } from './receiptCode'

export type CompletionResult =
  | { ok: true; code: string }
  | { ok: false; status: number; errors: Record<string, string>; values: Record<string, string> }

const text = (form: FormData, name: string, max = 200) => String(form.get(name) ?? '').trim().slice(0, max)
const phoneOk = (s: string) => /^[0-9+ .-]{9,15}$/.test(s) && s.replace(/\D/g, '').length >= 9
const echo = (form: FormData) => ({ name: text(form, 'name'), commune: text(form, 'commune'), phone: text(form, 'phone') })

/**
 * A learner records that they finished a course: name, commune, an optional phone. Stored
 * privately, each time with a certificate of its own: handing back an earlier one for the same
 * name would show a stranger who typed that name someone else's certificate. A second record of
 * the same person (a double tap) is not counted twice: the counts take each person once.
 */
export async function recordCompletion(courseSlug: string, form: FormData, now = new Date()): Promise<CompletionResult> {
  const values = echo(form)
  const refuse = (status: number, errors: Record<string, string>): CompletionResult => ({ ok: false, status, errors, values })
  const payload = await payloadClient()
  const course = (await payload.find({ collection: 'courses', where: { and: [{ slug: { equals: courseSlug } }, { _status: { equals: 'published' } }] }, overrideAccess: false, depth: 0, limit: 1, select: { title: true } })).docs[0]
  if (!course) return refuse(404, { form: 'Không tìm thấy khoá học.' })
  if (text(form, 'website')) return refuse(400, { form: 'Không ghi nhận được. Vui lòng tải lại trang và thử lại.' })

  const errors: Record<string, string> = {}
  if (!values.name) errors.name = 'Hãy nhập họ và tên để ghi trên giấy chứng nhận.'
  if (values.phone && !phoneOk(values.phone)) errors.phone = 'Số điện thoại phải có ít nhất 9 chữ số (hoặc để trống).'
  const unit = /^\d+$/.test(values.commune) ? await payload.findByID({ collection: 'org-units', id: values.commune, depth: 0, disableErrors: true }) : null
  const current = unit && unit.level === 'commune' && (!unit.validTo || new Date(unit.validTo) >= now)
  if (!current) errors.commune = 'Hãy chọn xã nơi bạn sinh sống hoặc công tác.'
  if (Object.keys(errors).length) return refuse(400, errors)

  const created = await payload.create({
    collection: 'course-completions',
    data: { course: course.id, name: values.name, commune: unit!.id, phone: values.phone || undefined, completedAt: now.toISOString(), certificateCode: newCertificateCode() },
    overrideAccess: true,
  })
  return { ok: true, code: created.certificateCode }
}

/** One POST of the completion form: limited per address, and a readable message whatever fails. */
export async function receiveCompletion(request: Request, courseSlug: string, clientAddress: string | undefined): Promise<CompletionResult> {
  let form: FormData | null = null
  try {
    if (!(await takeAttempt(await payloadClient(), 'courseCompletion', addressBlock(clientAddress ?? 'unknown')))) {
      return { ok: false, status: 429, errors: { form: 'Địa chỉ này đã gửi nhiều lần trong một giờ. Vui lòng thử lại sau.' }, values: {} }
    }
    form = await readForm(request)
    if (!form) return { ok: false, status: 400, errors: { form: unreadableFormMessage }, values: {} }
    return await recordCompletion(courseSlug, form)
  } catch (error) {
    console.error(`[hoàn thành khoá học] ${courseSlug}: chưa ghi nhận được (completion not stored): ${(error as Error).name}`)
    return { ok: false, status: 503, errors: { form: 'Máy chủ đang bận nên chưa ghi nhận được. Vui lòng thử lại sau ít phút.' }, values: form ? echo(form) : {} }
  }
}
