/** "Bạo lực Đồng" → "bao luc dong": lowercase, Vietnamese diacritics removed. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
}

/** "Kế hoạch thực hiện Dự án 8" → "ke-hoach-thuc-hien-du-an-8": URLs stay readable and ASCII. */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}
