import type { GlobalConfig } from 'payload'
import { text } from 'payload/shared'

import { translate } from '../../cms/i18n/translate'
import { alsoValidate } from '../fields/validation'
import { rebuildSiteAfterGlobalChange } from '../hooks/rebuildSite'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { vi: 'Cài đặt cổng thông tin', en: 'Site settings' },
  admin: { group: { vi: 'Hệ thống', en: 'System' } },
  hooks: { afterChange: [rebuildSiteAfterGlobalChange] },
  fields: [
    { name: 'portalName', type: 'text', required: true, label: { vi: 'Tên cổng thông tin', en: 'Portal name' } },
    { name: 'welcomeLine', type: 'text', label: { vi: 'Dòng chào mừng', en: 'Welcome line' } },
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả ngắn (cho máy tìm kiếm)', en: 'Short description' } },
    {
      name: 'hotlines',
      type: 'group',
      label: { vi: 'Điện thoại hữu ích', en: 'Useful phone numbers' },
      fields: [
        { name: 'heading', type: 'text', defaultValue: 'ĐIỆN THOẠI HỮU ÍCH', label: { vi: 'Tiêu đề', en: 'Heading' } },
        {
          name: 'numbers',
          type: 'array',
          label: { vi: 'Số điện thoại', en: 'Numbers' },
          fields: [
            { name: 'label', type: 'text', required: true, label: { vi: 'Nội dung', en: 'Label' } },
            {
              name: 'number',
              type: 'text',
              required: true,
              label: { vi: 'Số điện thoại', en: 'Number' },
              validate: alsoValidate<string>(text, (value, { req }) =>
                !value || /^\+?[\d .()-]{3,20}$/.test(value) ? true : translate(req, 'phoneInvalid'),
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'links',
      type: 'array',
      label: { vi: 'Liên kết', en: 'Links' },
      fields: [
        { name: 'label', type: 'text', required: true, label: { vi: 'Nhãn', en: 'Label' } },
        {
          name: 'url',
          type: 'text',
          required: true,
          label: { vi: 'Địa chỉ', en: 'URL' },
          validate: alsoValidate<string>(text, (value, { req }) =>
            // A path on this portal starts with one slash: `//host/…` would leave it for another site.
            !value || /^(https?:\/\/[^\s]+|\/(?![\/\\])[^\s]*)$/i.test(value.trim()) ? true : translate(req, 'linkUrlInvalid'),
          ),
        },
      ],
    },
    { name: 'footer', type: 'textarea', label: { vi: 'Chân trang', en: 'Footer' } },
  ],
}
