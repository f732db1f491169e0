import { mayEnterFrom } from './limits'
import { readForm, unreadableFormMessage } from './readForm'
import { echo, maxRequestBytes, submitEntry, type SubmitResult } from './submitEntry'

export const serverTroubleMessage =
  'Máy chủ đang bận nên bài chưa được lưu. Những gì bạn đã nhập vẫn còn dưới đây: vui lòng chọn lại tệp (nếu có) và bấm “Gửi bài” sau ít phút.'

/** What goes to the log: the kind of failure, never the query's values (names, phone numbers). */
function describeFailure(error: unknown): string {
  const e = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } }
  const firstLine = (s?: string) => (s ?? '').split('\n')[0]!.replace(/\bparams:.*$/, '').slice(0, 300)
  return [e.name, e.code ?? e.cause?.code, firstLine(e.cause?.message ?? e.message)].filter(Boolean).join(': ')
}

/**
 * One POST of the contest form, start to end. Whatever fails on the server's side, the person
 * gets their typed form back with a Vietnamese message (503), never a blank error page. An
 * address over its limit is refused before its (possibly large) form is read.
 */
export async function receiveEntry(request: Request, slug: string, clientAddress: string | undefined): Promise<SubmitResult> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxRequestBytes) {
    return { ok: false, status: 413, errors: { files: `Bài gửi quá lớn (tối đa ${Math.round(maxRequestBytes / 1048576)} MB).` }, values: {} }
  }
  let form: FormData | null = null
  try {
    if (!(await mayEnterFrom(clientAddress))) {
      return { ok: false, status: 429, errors: { form: 'Địa chỉ này đã gửi nhiều bài trong một giờ. Vui lòng thử lại sau.' }, values: {} }
    }
    form = await readForm(request)
    if (!form) return { ok: false, status: 400, errors: { form: unreadableFormMessage }, values: {} }
    return await submitEntry(slug, form)
  } catch (error) {
    console.error(`[gửi bài] ${slug}: bài chưa lưu được (entry not stored): ${describeFailure(error)}`)
    form ??= await readForm(request).catch(() => null)
    return { ok: false, status: 503, errors: { form: serverTroubleMessage }, values: form ? echo(form) : {} }
  }
}
