import type { CollectionConfig } from 'payload'

/**
 * One row per email notice sent (a deadline reminder, an overdue list), keyed so that a notice
 * goes out once however often, and in however many processes, the daily job runs. Administrators
 * can see who was told what and when; nobody edits it.
 */
export const SentNotices: CollectionConfig = {
  slug: 'sent-notices',
  labels: { singular: { vi: 'Thư đã gửi', en: 'Sent notice' }, plural: { vi: 'Thư nhắc đã gửi', en: 'Sent notices' } },
  admin: { group: { vi: 'Hệ thống', en: 'System' }, defaultColumns: ['kind', 'recipient', 'subject', 'createdAt'], useAsTitle: 'subject' },
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'deadline-reminder', label: { vi: 'Nhắc hạn báo cáo', en: 'Deadline reminder' } },
        { value: 'overdue-list', label: { vi: 'Danh sách xã chậm báo cáo', en: 'Overdue list' } },
      ],
      label: { vi: 'Loại thư', en: 'Kind' },
      admin: { readOnly: true },
    },
    { name: 'recipient', type: 'relationship', relationTo: 'users', label: { vi: 'Người nhận', en: 'Recipient' }, admin: { readOnly: true } },
    { name: 'subject', type: 'text', label: { vi: 'Tiêu đề', en: 'Subject' }, admin: { readOnly: true } },
  ],
}
