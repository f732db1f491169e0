import type { Field } from 'payload'
import { number } from 'payload/shared'

import { translate } from '../../../cms/i18n/translate'
import { alsoValidate } from '../../fields/validation'
import { frequencies } from '../../ReportingPeriods/schedule'

export const targetsField: Field = {
  name: 'targets',
  type: 'array',
  label: { vi: 'Chỉ tiêu cụ thể', en: 'Targets' },
  labels: { singular: { vi: 'Chỉ tiêu', en: 'Target' }, plural: { vi: 'Chỉ tiêu', en: 'Targets' } },
  fields: [
    {
      name: 'indicator',
      type: 'relationship',
      relationTo: 'indicators',
      required: true,
      label: { vi: 'Chỉ số', en: 'Indicator' },
    },
    { name: 'description', type: 'textarea', label: { vi: 'Diễn giải chỉ tiêu', en: 'Wording in the plan' } },
    {
      type: 'row',
      fields: [
        {
          name: 'value',
          type: 'number',
          required: true,
          min: 0,
          label: { vi: 'Giá trị', en: 'Value' },
          validate: alsoValidate<number, { unit?: string }>(number, (value, { siblingData, req }) =>
            typeof value === 'number' && siblingData.unit === '%' && value > 100 ? translate(req, 'percentOver100') : true,
          ),
        },
        { name: 'unit', type: 'text', required: true, label: { vi: 'Đơn vị tính', en: 'Unit' } },
        { name: 'year', type: 'number', min: 2000, max: 2100, label: { vi: 'Đến năm', en: 'By year' } },
        {
          name: 'orgUnit',
          type: 'relationship',
          relationTo: 'org-units',
          label: { vi: 'Đơn vị (nếu giao riêng)', en: 'Org unit (if assigned)' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'frequency',
          type: 'select',
          label: { vi: 'Tần suất báo cáo (bỏ trống: theo danh mục chỉ số)', en: 'Reporting frequency (empty: as in the catalogue)' },
          options: [...frequencies],
        },
        {
          name: 'midTermYear',
          type: 'number',
          min: 2000,
          max: 2100,
          label: { vi: 'Năm giữa kỳ', en: 'Mid-term year' },
          admin: { description: { vi: 'Chỉ số báo cáo giữa kỳ và cuối kỳ; bỏ trống: năm giữa của thời gian thực hiện.', en: 'Mid-term/end-of-term indicators; empty: the middle year of the plan.' } },
        },
        {
          name: 'endTermYear',
          type: 'number',
          min: 2000,
          max: 2100,
          label: { vi: 'Năm cuối kỳ', en: 'End-of-term year' },
          admin: { description: { vi: 'Bỏ trống: năm kết thúc kế hoạch.', en: 'Empty: the plan’s last year.' } },
        },
      ],
    },
  ],
}
