import { ValidationError, type CollectionConfig } from 'payload'
import { adminComponent } from '../../cms/components/adminComponent'

import { rankingEndpoint } from '../../cms/contests/rankingEndpoint'
import { translate } from '../../cms/i18n/translate'
import { slugField } from '../fields/slug'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { contestPhases } from './phases'
import { showcaseCopiesAfterContestChange } from '../ContestEntries/hooks/showcaseCopies'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'HH:mm dd/MM/yyyy' } }

/**
 * A contest of innovative models (Nội dung 1.3): rules, submission window in Vietnam's time,
 * weighted criteria, prizes, judges, and the phase it is in (pretalx's review phases).
 */
export const Contests: CollectionConfig = {
  slug: 'contests',
  labels: { singular: { vi: 'Hội thi', en: 'Contest' }, plural: { vi: 'Hội thi mô hình', en: 'Contests' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'phase', 'opensAt', 'closesAt', '_status'], group: { vi: 'Hội thi', en: 'Contests' } },
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: [rankingEndpoint],
  hooks: {
    beforeValidate: [
      ({ data, originalDoc, req }) => {
        const d = { ...originalDoc, ...data } as Record<string, string | undefined>
        if (d.opensAt && d.closesAt && new Date(d.closesAt) <= new Date(d.opensAt)) {
          throw new ValidationError({ collection: 'contests', errors: [{ path: 'closesAt', message: translate(req, 'contestClosesBeforeOpens') }] }, req.t)
        }
        return data
      },
    ],
    beforeChange: [setPublishedAt],
    afterChange: [showcaseCopiesAfterContestChange, rebuildSiteAfterChange],
    afterDelete: [rebuildSiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên hội thi', en: 'Title' } },
    { name: 'summary', type: 'textarea', label: { vi: 'Giới thiệu ngắn', en: 'Summary' } },
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Thể lệ', en: 'Rules' },
          fields: [
            { name: 'rules', type: 'richText', required: true, label: { vi: 'Thể lệ', en: 'Rules' } },
            { name: 'eligibility', type: 'textarea', label: { vi: 'Đối tượng dự thi', en: 'Eligibility' } },
            {
              type: 'row',
              fields: [
                { name: 'opensAt', type: 'date', required: true, label: { vi: 'Mở nhận bài', en: 'Opens' }, admin: dateTime },
                { name: 'closesAt', type: 'date', required: true, label: { vi: 'Hạn nộp bài', en: 'Closes' }, admin: dateTime },
              ],
            },
            { name: 'plan', type: 'relationship', relationTo: 'plans', label: { vi: 'Thuộc kế hoạch', en: 'Plan' } },
          ],
        },
        {
          label: { vi: 'Tiêu chí, giải thưởng', en: 'Criteria and prizes' },
          fields: [
            {
              name: 'criteria',
              type: 'array',
              minRows: 1,
              label: { vi: 'Tiêu chí chấm', en: 'Criteria' },
              labels: { singular: { vi: 'Tiêu chí', en: 'Criterion' }, plural: { vi: 'Tiêu chí', en: 'Criteria' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', required: true, label: { vi: 'Tiêu chí', en: 'Criterion' } },
                    { name: 'weight', type: 'number', required: true, min: 0.01, defaultValue: 1, label: { vi: 'Trọng số', en: 'Weight' } },
                    { name: 'maxScore', type: 'number', required: true, min: 1, defaultValue: 10, label: { vi: 'Điểm tối đa', en: 'Maximum score' } },
                  ],
                },
              ],
            },
            {
              name: 'prizes',
              type: 'array',
              label: { vi: 'Giải thưởng', en: 'Prizes' },
              labels: { singular: { vi: 'Giải', en: 'Prize' }, plural: { vi: 'Giải', en: 'Prizes' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', required: true, label: { vi: 'Tên giải', en: 'Prize' } },
                    { name: 'count', type: 'number', min: 1, defaultValue: 1, label: { vi: 'Số lượng', en: 'Number' } },
                  ],
                },
                { name: 'description', type: 'text', label: { vi: 'Mô tả', en: 'Description' } },
              ],
            },
          ],
        },
        {
          label: { vi: 'Ban giám khảo, xếp hạng', en: 'Judges and ranking' },
          fields: [
            { name: 'judges', type: 'relationship', relationTo: 'users', hasMany: true, filterOptions: { role: { equals: 'judge' } }, label: { vi: 'Giám khảo', en: 'Judges' } },
            {
              name: 'ranking',
              type: 'ui',
              admin: { components: { Field: adminComponent('ContestRanking') } },
            },
            {
              name: 'blindJudging',
              type: 'checkbox',
              defaultValue: true,
              label: { vi: 'Chấm ẩn danh (giám khảo không thấy tên người, đơn vị dự thi)', en: 'Blind judging (judges do not see who submitted)' },
            },
          ],
        },
      ],
    },
    { name: 'phase', type: 'select', required: true, defaultValue: 'upcoming', options: [...contestPhases], label: { vi: 'Giai đoạn', en: 'Phase' }, admin: { position: 'sidebar' } },
    slugField(),
    { name: 'publishedAt', type: 'date', label: { vi: 'Đăng lúc', en: 'Published at' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
