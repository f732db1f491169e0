import type { CollectionConfig } from 'payload'

import { systemOnly } from '../../cms/access/predicates'
import { checkSheet } from './checkSheet'

/** One judge's score sheet for one entry (pretalx's weighted score categories). */
export const ContestScores: CollectionConfig = {
  slug: 'contest-scores',
  labels: { singular: { vi: 'Phiếu chấm', en: 'Score sheet' }, plural: { vi: 'Phiếu chấm', en: 'Score sheets' } },
  admin: { useAsTitle: 'id', defaultColumns: ['entry', 'judge', 'complete', 'updatedAt'], group: { vi: 'Hội thi', en: 'Contests' } },
  indexes: [{ fields: ['entry', 'judge'], unique: true }],
  versions: { maxPerDoc: 20 },
  hooks: { beforeChange: [checkSheet] },
  fields: [
    { name: 'entry', type: 'relationship', relationTo: 'contest-entries', required: true, label: { vi: 'Bài dự thi', en: 'Entry' } },
    { name: 'contest', type: 'relationship', relationTo: 'contests', label: { vi: 'Hội thi', en: 'Contest' }, access: systemOnly, admin: { readOnly: true } },
    { name: 'judge', type: 'relationship', relationTo: 'users', label: { vi: 'Giám khảo', en: 'Judge' }, admin: { readOnly: true } },
    {
      name: 'scores',
      type: 'array',
      label: { vi: 'Điểm theo tiêu chí', en: 'Scores' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'criterion', type: 'text', required: true, label: { vi: 'Tiêu chí', en: 'Criterion' } },
            { name: 'score', type: 'number', required: true, min: 0, label: { vi: 'Điểm', en: 'Score' } },
          ],
        },
      ],
    },
    { name: 'comment', type: 'textarea', label: { vi: 'Nhận xét', en: 'Comment' } },
    { name: 'complete', type: 'checkbox', defaultValue: false, label: { vi: 'Đã chấm đủ tiêu chí', en: 'Complete' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
