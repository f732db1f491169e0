import type { Field } from 'payload'
import { number } from 'payload/shared'

import { translate } from '../../../cms/i18n/translate'
import { alsoValidate } from '../../fields/validation'

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export const reportingDeadlinesField: Field = {
  name: 'reportingDeadlines',
  type: 'array',
  label: { vi: 'Thời hạn báo cáo', en: 'Reporting deadlines' },
  labels: { singular: { vi: 'Thời hạn', en: 'Deadline' }, plural: { vi: 'Thời hạn', en: 'Deadlines' } },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          label: { vi: 'Cấp báo cáo', en: 'Reporting level' },
          options: [
            { value: 'commune', label: { vi: 'Cấp xã', en: 'Commune' } },
            { value: 'district', label: { vi: 'Cấp huyện', en: 'District' } },
          ],
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: { vi: 'Loại', en: 'Kind' },
          options: [
            { value: 'report', label: { vi: 'Báo cáo', en: 'Report' } },
            { value: 'update', label: { vi: 'Bổ sung, cập nhật số liệu', en: 'Data update' } },
          ],
        },
        { name: 'day', type: 'number', required: true, min: 1, max: 31, label: { vi: 'Trước ngày', en: 'Day' } },
        {
          name: 'month',
          type: 'number',
          required: true,
          min: 1,
          max: 12,
          label: { vi: 'Tháng', en: 'Month' },
          validate: alsoValidate<number, { day?: number }>(number, (value, { siblingData, req }) =>
            typeof value === 'number' && siblingData.day && siblingData.day > (daysInMonth[value - 1] ?? 0)
              ? translate(req, 'invalidDayMonth')
              : true,
          ),
        },
        {
          name: 'nextYear',
          type: 'checkbox',
          defaultValue: false,
          label: { vi: 'Năm tiếp theo', en: 'Following year' },
        },
      ],
    },
  ],
}
