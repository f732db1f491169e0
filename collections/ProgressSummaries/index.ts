import type { CollectionConfig } from 'payload'

import { systemOnly } from '../../cms/access/predicates'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { generateOrFreeze, markSuperseded } from './hooks'

const today = () => new Date().toISOString()

/**
 * A dated, citable statement of progress toward a plan's targets (Decidim's accountability
 * view): numbers generated from approved reports with small numbers of sensitive indicators
 * already hidden, frozen at publication; a newer edition supersedes it, both stay public.
 */
export const ProgressSummaries: CollectionConfig = {
  slug: 'progress-summaries',
  labels: { singular: { vi: 'Bản tổng hợp tiến độ', en: 'Progress summary' }, plural: { vi: 'Tổng hợp tiến độ (công bố)', en: 'Progress summaries' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'plan', 'edition', 'asOf', '_status', 'supersededBy'],
    group: { vi: 'Theo dõi, báo cáo', en: 'Monitoring' },
  },
  indexes: [{ fields: ['plan', 'edition'], unique: true }],
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [generateOrFreeze, setPublishedAt],
    afterChange: [markSuperseded, rebuildSiteAfterChange],
    afterDelete: [rebuildSiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' }, admin: { placeholder: 'Tiến độ thực hiện Dự án 8 đến 30/6/2025' } },
    {
      type: 'row',
      fields: [
        { name: 'plan', type: 'relationship', relationTo: 'plans', required: true, label: { vi: 'Kế hoạch', en: 'Plan' } },
        {
          name: 'asOf',
          type: 'date',
          required: true,
          defaultValue: today,
          label: { vi: 'Số liệu tính đến ngày', en: 'As of' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' }, description: { vi: 'Gồm các kỳ báo cáo đã kết thúc đến ngày này, chỉ báo cáo đã duyệt.', en: 'Periods ended by this date, approved reports only.' } },
        },
      ],
    },
    { name: 'narrative', type: 'richText', label: { vi: 'Nhận định, đánh giá', en: 'Narrative' } },
    {
      name: 'data',
      type: 'json',
      label: { vi: 'Số liệu công bố (đã ẩn số nhỏ)', en: 'Published numbers (small numbers hidden)' },
      access: systemOnly,
      admin: { readOnly: true },
    },
    { name: 'edition', type: 'number', label: { vi: 'Bản số', en: 'Edition' }, access: systemOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'generatedAt', type: 'date', label: { vi: 'Tổng hợp lúc', en: 'Generated at' }, access: systemOnly, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'publishedAt', type: 'date', label: { vi: 'Công bố lúc', en: 'Published at' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'supersededBy',
      type: 'relationship',
      relationTo: 'progress-summaries',
      label: { vi: 'Được thay thế bởi', en: 'Superseded by' },
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
