import type { CollectionConfig } from 'payload'
import { number, text } from 'payload/shared'

import { userOrgUnitId } from '../../cms/access/predicates'
import { translate } from '../../cms/i18n/translate'
import { slugField } from '../fields/slug'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { previewUrl } from '../previewUrl'
import { refreshPublicMediaAfterChange, refreshPublicMediaAfterDelete } from '../../cms/media/publicReferences'
import { alsoValidate } from '../fields/validation'
import { legalBasisField } from './fields/legalBasis'
import { reportingDeadlinesField } from './fields/reportingDeadlines'
import { targetsField } from './fields/targets'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { checkSchedule, generatePlanPeriods, removePlanPeriods } from './hooks/schedulePeriods'

export const Plans: CollectionConfig = {
  slug: 'plans',
  labels: {
    singular: { vi: 'Kế hoạch', en: 'Plan' },
    plural: { vi: 'Kế hoạch', en: 'Plans' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentNumber', 'issuingBody', 'issuedAt', '_status'],
    preview: previewUrl('plans'),
    group: { vi: 'Nội dung', en: 'Content' },
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [setPublishedAt, checkSchedule],
    afterChange: [generatePlanPeriods, refreshPublicMediaAfterChange, rebuildSiteAfterChange],
    beforeDelete: [removePlanPeriods],
    afterDelete: [refreshPublicMediaAfterDelete, rebuildSiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên kế hoạch', en: 'Title' } },
    { name: 'summary', type: 'textarea', label: { vi: 'Trích yếu', en: 'Summary' } },
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Thông tin văn bản', en: 'Document' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'documentNumber',
                  type: 'text',
                  label: { vi: 'Số hiệu', en: 'Document number' },
                  admin: { placeholder: '82/KH-BTV' },
                  validate: alsoValidate<string>(text, (value, { req }) =>
                    !value || /^\d+[\p{L}\d/.\-]*\/[\p{L}\d.\-]+$/u.test(value) ? true : translate(req, 'documentNumberInvalid'),
                  ),
                },
                { name: 'issuedAt', type: 'date', label: { vi: 'Ngày ban hành', en: 'Issued on' } },
                { name: 'place', type: 'text', label: { vi: 'Địa danh', en: 'Place' } },
              ],
            },
            { name: 'issuingBody', type: 'text', required: true, label: { vi: 'Cơ quan ban hành', en: 'Issuing body' } },
            { name: 'parentBody', type: 'text', label: { vi: 'Cơ quan chủ quản', en: 'Parent body' } },
            {
              name: 'signer',
              type: 'group',
              label: { vi: 'Người ký', en: 'Signed by' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Name' } },
                    { name: 'position', type: 'text', label: { vi: 'Chức vụ', en: 'Position' } },
                  ],
                },
              ],
            },
            legalBasisField,
            {
              name: 'period',
              type: 'group',
              label: { vi: 'Thời gian thực hiện', en: 'Implementation period' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'startYear', type: 'number', min: 2000, max: 2100, label: { vi: 'Từ năm', en: 'From' } },
                    {
                      name: 'endYear',
                      type: 'number',
                      min: 2000,
                      max: 2100,
                      label: { vi: 'Đến năm', en: 'To' },
                      validate: alsoValidate<number, { startYear?: number }>(number, (value, { siblingData, req }) =>
                        typeof value === 'number' && siblingData.startYear && value < siblingData.startYear
                          ? translate(req, 'periodEndBeforeStart')
                          : true,
                      ),
                    },
                  ],
                },
              ],
            },
            {
              name: 'orgUnits',
              type: 'relationship',
              relationTo: 'org-units',
              hasMany: true,
              label: { vi: 'Địa bàn triển khai', en: 'Org units covered' },
            },
            { name: 'beneficiaries', type: 'textarea', label: { vi: 'Đối tượng thụ hưởng', en: 'Beneficiaries' } },
          ],
        },
        {
          label: { vi: 'Nội dung', en: 'Body' },
          fields: [{ name: 'body', type: 'richText', required: true, label: { vi: 'Nội dung (các mục I–VII)', en: 'Body (sections I–VII)' } }],
        },
        {
          label: { vi: 'Chỉ tiêu và báo cáo', en: 'Targets and reporting' },
          fields: [targetsField, reportingDeadlinesField],
        },
        {
          label: { vi: 'Tệp đính kèm', en: 'Attachments' },
          fields: [
            {
              name: 'attachments',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: { vi: 'Tệp đính kèm (bản ký, bản scan)', en: 'Attachments (signed scan)' },
            },
          ],
        },
      ],
    },
    slugField('title'),
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'org-units',
      label: { vi: 'Đơn vị quản lý kế hoạch', en: 'Owning unit' },
      defaultValue: ({ req }) => userOrgUnitId(req) ?? undefined,
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Cán bộ của đơn vị này (và cấp trên) được sửa kế hoạch, tổng hợp và công bố tiến độ của nó.',
          en: 'Officers of this unit (and above) may edit the plan, consolidate and publish its progress.',
        },
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { vi: 'Đăng lúc', en: 'Published at' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
