import { ValidationError, type CollectionConfig } from 'payload'

import { translate } from '../../cms/i18n/translate'
import type { ReportingPeriod } from '../../cms/payload-types'
import { redateApprovedValues } from '../../cms/progress/approvedValues'
import { idOf } from '../fields/relations'

const dateField = (name: string, vi: string, en: string, required = true) =>
  ({ name, type: 'date', required, label: { vi, en }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } }) as const

/**
 * A reporting period of one plan (half-years, or years) with its deadlines per level, as section
 * V of the plan sets them: communes report by 10/9 and update by 25/01 of the next year, the
 * district by 15/9 and 31/01. Past the report deadline a commune needs the district's permission
 * to edit. Periods are made from the plan's schedule when it is published
 * (cms/reporting/planPeriods.ts); codes are unique within a plan.
 */
export const ReportingPeriods: CollectionConfig = {
  slug: 'reporting-periods',
  labels: { singular: { vi: 'Kỳ báo cáo', en: 'Reporting period' }, plural: { vi: 'Kỳ báo cáo', en: 'Reporting periods' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'plan', 'code', 'startDate', 'endDate', 'communeDeadline', 'districtDeadline'],
    group: { vi: 'Theo dõi, báo cáo', en: 'Monitoring' },
  },
  defaultSort: '-startDate',
  indexes: [{ fields: ['plan', 'code'], unique: true }],
  hooks: {
    beforeValidate: [
      async ({ data, req, originalDoc }) => {
        const d = { ...originalDoc, ...data } as Record<string, string | undefined>
        // Not required in the schema, so that installs from before plans owned periods could migrate.
        if (d.plan == null) throw new ValidationError({ collection: 'reporting-periods', errors: [{ path: 'plan', message: translate(req, 'periodPlanRequired') }] }, req.t)
        // Its reports belong to its plan: moving the period would move them to another plan unseen.
        const previousPlan = idOf(originalDoc?.plan)
        if (originalDoc?.id != null && previousPlan != null && data?.plan !== undefined && String(idOf(data.plan)) !== String(previousPlan)) {
          const { totalDocs } = await req.payload.count({ collection: 'indicator-reports', where: { period: { equals: originalDoc.id } }, req, overrideAccess: true })
          if (totalDocs > 0) throw new ValidationError({ collection: 'reporting-periods', errors: [{ path: 'plan', message: translate(req, 'periodPlanHasReports', { reports: totalDocs }) }] }, req.t)
        }
        const before = (a?: string, b?: string) => Boolean(a && b && new Date(a) < new Date(b))
        if (
          before(d.endDate, d.startDate) ||
          before(d.communeUpdateDeadline, d.communeDeadline) ||
          before(d.districtUpdateDeadline, d.districtDeadline)
        ) {
          throw new ValidationError({ collection: 'reporting-periods', errors: [{ path: 'endDate', message: translate(req, 'reportingPeriodDates') }] }, req.t)
        }
        return data
      },
    ],
    afterChange: [
      async ({ doc, previousDoc, req }) => {
        if (previousDoc?.endDate && previousDoc.endDate !== doc.endDate) await redateApprovedValues(req, doc as ReportingPeriod)
        return doc
      },
    ],
  },
  fields: [
    { name: 'plan', type: 'relationship', relationTo: 'plans', index: true, label: { vi: 'Kế hoạch', en: 'Plan' } },
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, index: true, label: { vi: 'Mã kỳ', en: 'Code' }, admin: { placeholder: '2024-H1' } },
        { name: 'name', type: 'text', required: true, label: { vi: 'Tên kỳ', en: 'Name' }, admin: { placeholder: '6 tháng đầu năm 2024' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'half-year',
          label: { vi: 'Loại kỳ', en: 'Kind' },
          options: [
            { value: 'half-year', label: { vi: '6 tháng', en: 'Half-year' } },
            { value: 'year', label: { vi: 'Năm', en: 'Year' } },
          ],
        },
        dateField('startDate', 'Từ ngày', 'Starts'),
        dateField('endDate', 'Đến ngày', 'Ends'),
      ],
    },
    {
      type: 'row',
      fields: [
        dateField('communeDeadline', 'Hạn báo cáo cấp xã', 'Commune deadline'),
        dateField('communeUpdateDeadline', 'Hạn cập nhật cấp xã', 'Commune update deadline'),
      ],
    },
    {
      type: 'row',
      fields: [
        dateField('districtDeadline', 'Hạn tổng hợp cấp huyện', 'District deadline'),
        dateField('districtUpdateDeadline', 'Hạn cập nhật cấp huyện', 'District update deadline'),
      ],
    },
  ],
}
