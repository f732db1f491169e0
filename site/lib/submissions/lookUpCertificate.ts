import { takeAttempt } from '../../../cms/limits/rateLimit'
import { addressBlock } from '../../../cms/siteServer/clientAddress'
import { payloadClient } from '../payload'
import { getSiteSettings } from '../settings'
import { normaliseCertificateCode } from './receiptCode'

export type Certificate =
  | { ok: true; code: string; name: string; commune: string; course: string; completedAt: string; issuer: string }
  | { ok: false; status: number; message: string }

/** A certificate by its code: guessing codes is limited per address like receipt lookups. */
export async function lookUpCertificate(rawCode: string, clientAddress: string | undefined): Promise<Certificate> {
  const payload = await payloadClient()
  if (!(await takeAttempt(payload, 'certificateLookup', addressBlock(clientAddress ?? 'unknown')))) {
    return { ok: false, status: 429, message: 'Địa chỉ này đã tra cứu nhiều lần trong một giờ. Vui lòng thử lại sau.' }
  }
  const code = normaliseCertificateCode(rawCode)
  const found = code
    ? (await payload.find({ collection: 'course-completions', where: { certificateCode: { equals: code } }, overrideAccess: true, depth: 1, limit: 1 })).docs[0]
    : undefined
  const course = found && typeof found.course === 'object' ? found.course : null
  if (!found || !course) return { ok: false, status: 404, message: 'Không tìm thấy giấy chứng nhận có mã này.' }
  const settings = await getSiteSettings({ fromBuild: true })
  return {
    ok: true,
    code,
    name: found.name,
    commune: typeof found.commune === 'object' && found.commune ? found.commune.name : '',
    course: course.title,
    completedAt: found.completedAt,
    issuer: settings.portalName,
  }
}
