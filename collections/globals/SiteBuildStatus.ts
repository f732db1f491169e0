import type { GlobalConfig } from 'payload'

/** What editors see of the public site's last rebuild: written by the site builder only. */
export const SiteBuildStatus: GlobalConfig = {
  slug: 'site-build-status',
  label: { vi: 'Trạng thái cập nhật cổng thông tin', en: 'Public site build status' },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    description: {
      vi: 'Cổng thông tin được dựng lại tự động sau khi đăng, gỡ hoặc xoá nội dung. Nếu lần dựng lỗi, trang công khai vẫn giữ bản trước.',
      en: 'The portal rebuilds after content is published, unpublished or deleted. A failed build leaves the previous site live.',
    },
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      defaultValue: 'idle',
      admin: { readOnly: true },
      label: { vi: 'Trạng thái', en: 'Status' },
      options: [
        { value: 'idle', label: { vi: 'Chưa dựng', en: 'Not built yet' } },
        { value: 'building', label: { vi: 'Đang dựng', en: 'Building' } },
        { value: 'succeeded', label: { vi: 'Thành công', en: 'Succeeded' } },
        { value: 'failed', label: { vi: 'Lỗi (trang công khai giữ bản trước)', en: 'Failed (previous site kept)' } },
      ],
    },
    { name: 'trigger', type: 'text', admin: { readOnly: true }, label: { vi: 'Lý do dựng', en: 'Triggered by' } },
    { name: 'startedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, label: { vi: 'Bắt đầu', en: 'Started' } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, label: { vi: 'Kết thúc', en: 'Finished' } },
    { name: 'lastSuccessAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, label: { vi: 'Lần thành công gần nhất', en: 'Last success' } },
    { name: 'durationMs', type: 'number', admin: { readOnly: true }, label: { vi: 'Thời gian dựng (ms)', en: 'Duration (ms)' } },
    { name: 'error', type: 'textarea', admin: { readOnly: true }, label: { vi: 'Trích đoạn lỗi', en: 'Error excerpt' } },
  ],
}
