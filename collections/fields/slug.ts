import type { Field, FieldHook } from 'payload'
import { text } from 'payload/shared'

import { translate } from '../../cms/i18n/translate'
import { slugify } from './slugify'
import { alsoValidate } from './validation'

const fillSlug =
  (from: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[from]
    return typeof source === 'string' ? slugify(source) : value
  }

export function slugField(from = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    label: { vi: 'Đường dẫn', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: { vi: 'Để trống để tự tạo từ tiêu đề.', en: 'Leave empty to derive it from the title.' },
    },
    hooks: { beforeValidate: [fillSlug(from)] },
    validate: alsoValidate<string>(text, (value, { req }) =>
      !value || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? true : translate(req, 'slugInvalid'),
    ),
  }
}
