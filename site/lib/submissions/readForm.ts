/** The posted form, or null when the body is not a form that can be read (malformed multipart, wrong type). */
export async function readForm(request: Request): Promise<FormData | null> {
  try {
    return await request.formData()
  } catch {
    return null
  }
}

export const unreadableFormMessage = 'Không đọc được nội dung biểu mẫu. Vui lòng tải lại trang và gửi lại.'
