import type { CollectionConfig } from 'payload'
import { date } from 'payload/shared'

import { translate } from '../../cms/i18n/translate'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { countField } from '../fields/counts'
import { slugField } from '../fields/slug'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { alsoValidate } from '../fields/validation'
import { previewUrl } from '../previewUrl'
import { refreshPublicMediaAfterChange, refreshPublicMediaAfterDelete } from '../../cms/media/publicReferences'
import { audienceOptions, channelOptions, languageOptions } from './options'

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: {
    singular: { vi: 'Chiến dịch truyền thông', en: 'Campaign' },
    plural: { vi: 'Chiến dịch truyền thông', en: 'Campaigns' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startDate', 'endDate', '_status', 'updatedAt'],
    preview: previewUrl('campaigns'),
    group: { vi: 'Nội dung', en: 'Content' },
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [setPublishedAt],
    afterChange: [refreshPublicMediaAfterChange, rebuildSiteAfterChange],
    afterDelete: [refreshPublicMediaAfterDelete, rebuildSiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'summary', type: 'textarea', label: { vi: 'Tóm tắt', en: 'Summary' } },
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Nội dung', en: 'Content' },
          fields: [
            { name: 'body', type: 'richText', required: true, label: { vi: 'Nội dung', en: 'Body' } },
            {
              name: 'gallery',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: { vi: 'Thư viện ảnh, video, tài liệu', en: 'Gallery' },
            },
          ],
        },
        {
          label: { vi: 'Phạm vi', en: 'Scope' },
          fields: [
            { name: 'plan', type: 'relationship', relationTo: 'plans', label: { vi: 'Thuộc kế hoạch', en: 'Plan' } },
            {
              name: 'themes',
              type: 'relationship',
              relationTo: 'campaign-themes',
              hasMany: true,
              required: true,
              label: { vi: 'Chủ đề', en: 'Themes' },
            },
            { name: 'channels', type: 'select', hasMany: true, options: channelOptions, label: { vi: 'Kênh truyền thông', en: 'Channels' } },
            { name: 'audience', type: 'select', hasMany: true, options: audienceOptions, label: { vi: 'Đối tượng', en: 'Audience' } },
            { name: 'languages', type: 'select', hasMany: true, defaultValue: ['vi'], options: languageOptions, label: { vi: 'Ngôn ngữ', en: 'Languages' } },
            {
              type: 'row',
              fields: [
                { name: 'startDate', type: 'date', label: { vi: 'Bắt đầu', en: 'Starts' } },
                {
                  name: 'endDate',
                  type: 'date',
                  label: { vi: 'Kết thúc', en: 'Ends' },
                  validate: alsoValidate<string, { startDate?: string }>(date, (value, { siblingData, req }) =>
                    value && siblingData.startDate && new Date(value) < new Date(siblingData.startDate) ? translate(req, 'endBeforeStart') : true,
                  ),
                },
              ],
            },
            { name: 'orgUnits', type: 'relationship', relationTo: 'org-units', hasMany: true, label: { vi: 'Địa bàn', en: 'Org units' } },
          ],
        },
        {
          label: { vi: 'Kết quả', en: 'Reach' },
          fields: [
            {
              name: 'reach',
              type: 'group',
              label: { vi: 'Kết quả tiếp cận', en: 'Reach' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    countField('sessions', { vi: 'Số buổi/lượt truyền thông', en: 'Sessions held' }),
                    countField('participantsFemale', { vi: 'Người tham gia: nữ', en: 'Participants: female' }),
                    countField('participantsMale', { vi: 'Người tham gia: nam', en: 'Participants: male' }),
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    slugField('title'),
    {
      name: 'publishedAt',
      type: 'date',
      label: { vi: 'Đăng lúc', en: 'Published at' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
