const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export type Email = { subject: string; html: string; text: string }

/**
 * One message in plain, accessible HTML with the same text beside it: paragraphs, an optional
 * list and one link, nothing a phone's mail app cannot show.
 */
export function email(subject: string, parts: { paragraphs: string[]; list?: string[]; link?: { href: string; label: string }; after?: string[] }): Email {
  const html = [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>' + escape(subject) + '</title></head><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b">',
    ...parts.paragraphs.map((p) => `<p>${escape(p)}</p>`),
    parts.list?.length ? `<ul>${parts.list.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>` : '',
    parts.link ? `<p><a href="${escape(parts.link.href)}">${escape(parts.link.label)}</a></p>` : '',
    ...(parts.after ?? []).map((p) => `<p>${escape(p)}</p>`),
    '<p style="color:#555;font-size:14px">Thư tự động từ Cổng thông tin Dự án 8, vui lòng không trả lời thư này.</p>',
    '</body></html>',
  ].join('')
  const text = [
    ...parts.paragraphs,
    ...(parts.list ?? []).map((i) => `- ${i}`),
    ...(parts.link ? [`${parts.link.label}: ${parts.link.href}`] : []),
    ...(parts.after ?? []),
    '',
    'Thư tự động từ Cổng thông tin Dự án 8, vui lòng không trả lời thư này.',
  ].join('\n\n')
  return { subject, html, text }
}
