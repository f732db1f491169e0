import type { CollectionConfig, Field } from 'payload'
import { adminComponent } from '../../cms/components/adminComponent'

import { systemOnly, userOrgUnitId } from '../../cms/access/predicates'
import { consolidationEndpoint } from '../../cms/reporting/consolidationEndpoint'
import { entryRowsEndpoint } from '../../cms/reporting/entryRowsEndpoint'
import { importCsvEndpoint } from '../../cms/reporting/importEndpoint'
import { countField } from '../fields/counts'
import { idOf } from '../fields/relations'
import { applyWorkflow } from './hooks/applyWorkflow'
import { checkValues } from './hooks/checkValues'
import { reportEvidence } from '../../cms/media/privateFileLinks'
import { forgetDeletedReport, keepApprovedValues } from './hooks/keepApprovedValues'
import { noticeOnReturn } from './hooks/noticeOnReturn'
import { refuseNumberText } from './hooks/refuseNumberText'
import { reportStatuses } from './statuses'

const stamp = (name: string, vi: string, en: string, type: 'date' | 'users'): Field =>
  type === 'date'
    ? { name, type: 'date', label: { vi, en }, access: systemOnly, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } }
    : { name, type: 'relationship', relationTo: 'users', label: { vi, en }, access: systemOnly, admin: { position: 'sidebar', readOnly: true } }

/**
 * One periodic report (Biểu 2.8) per commune, period and plan — unique in the database itself.
 * Values are stored one row per indicator so the database can total them (progress summaries).
 */
export const IndicatorReports: CollectionConfig = {
  slug: 'indicator-reports',
  labels: { singular: { vi: 'Báo cáo chỉ số', en: 'Indicator report' }, plural: { vi: 'Báo cáo chỉ số (Biểu 2.8)', en: 'Indicator reports' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'orgUnit', 'period', 'status', 'late', 'submittedAt'],
    group: { vi: 'Theo dõi, báo cáo', en: 'Monitoring' },
    listSearchableFields: ['title'],
    components: { beforeListTable: [adminComponent('ReportImportPanel')] },
  },
  indexes: [{ fields: ['orgUnit', 'period', 'plan'], unique: true }],
  versions: { maxPerDoc: 200 },
  hooks: {
    beforeOperation: [refuseNumberText],
    beforeChange: [applyWorkflow, checkValues, reportEvidence.check],
    afterChange: [keepApprovedValues, reportEvidence.link, noticeOnReturn],
    beforeDelete: [forgetDeletedReport],
  },
  endpoints: [importCsvEndpoint, consolidationEndpoint, entryRowsEndpoint],
  fields: [
    { name: 'title', type: 'text', label: { vi: 'Báo cáo', en: 'Report' }, admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        { name: 'plan', type: 'relationship', relationTo: 'plans', required: true, label: { vi: 'Kế hoạch', en: 'Plan' } },
        {
          name: 'period',
          type: 'relationship',
          relationTo: 'reporting-periods',
          required: true,
          label: { vi: 'Kỳ báo cáo', en: 'Period' },
          // The chosen plan's own periods (the workflow refuses another plan's).
          filterOptions: ({ siblingData }) => {
            const plan = idOf((siblingData as { plan?: unknown } | undefined)?.plan)
            return plan == null ? true : { plan: { equals: plan } }
          },
        },
        {
          name: 'orgUnit',
          type: 'relationship',
          relationTo: 'org-units',
          required: true,
          label: { vi: 'Xã báo cáo', en: 'Commune' },
          defaultValue: ({ req }) => userOrgUnitId(req) ?? undefined,
          filterOptions: { level: { equals: 'commune' } },
        },
      ],
    },
    {
      name: 'values',
      type: 'array',
      label: { vi: 'Số liệu chỉ số', en: 'Values' },
      labels: { singular: { vi: 'Chỉ số', en: 'Value' }, plural: { vi: 'Chỉ số', en: 'Values' } },
      // One row per indicator due in the period, as a grid (the fields below are its columns).
      admin: { components: { Field: adminComponent('ReportValuesGrid') } },
      fields: [
        { name: 'indicator', type: 'relationship', relationTo: 'indicators', required: true, label: { vi: 'Chỉ số', en: 'Indicator' } },
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', required: true, label: { vi: 'Giá trị (tử số nếu là tỷ lệ)', en: 'Value (numerator for ratios)' } },
            { name: 'denominator', type: 'number', label: { vi: 'Mẫu số (chỉ số tỷ lệ)', en: 'Denominator (ratios)' } },
          ],
        },
        {
          type: 'row',
          fields: [
            countField('female', { vi: 'Trong đó: nữ', en: 'Of which women' }),
            countField('male', { vi: 'Trong đó: nam', en: 'Of which men' }),
            countField('ethnicMinority', { vi: 'Trong đó: người DTTS', en: 'Of which ethnic minority' }),
          ],
        },
        { name: 'note', type: 'text', label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
    { name: 'notes', type: 'textarea', label: { vi: 'Thuyết minh', en: 'Notes' } },
    { name: 'evidence', type: 'upload', relationTo: 'private-files', hasMany: true, label: { vi: 'Minh chứng (ảnh, biên bản, danh sách; không công khai)', en: 'Evidence (private)' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: [...reportStatuses],
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'returnComment',
      type: 'textarea',
      label: { vi: 'Lý do trả lại / ý kiến của huyện', en: 'Reviewer comment' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'late',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Gửi sau hạn', en: 'Late' },
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true, components: { Cell: adminComponent('LateBadge') } },
    },
    stamp('submittedAt', 'Gửi lúc', 'Submitted at', 'date'),
    stamp('submittedBy', 'Người gửi', 'Submitted by', 'users'),
    stamp('reviewedAt', 'Duyệt/trả lại lúc', 'Reviewed at', 'date'),
    stamp('reviewedBy', 'Người duyệt', 'Reviewed by', 'users'),
    {
      name: 'lateEdit',
      type: 'group',
      label: { vi: 'Cho phép sửa sau hạn (do huyện quyết định)', en: 'Late editing allowed (district decision)' },
      admin: { position: 'sidebar' },
      fields: [
        { name: 'allowedUntil', type: 'date', label: { vi: 'Được sửa đến hết ngày', en: 'Allowed until' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        { name: 'reason', type: 'text', label: { vi: 'Lý do', en: 'Reason' } },
        { name: 'grantedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người cho phép', en: 'Granted by' }, admin: { readOnly: true } },
        { name: 'grantedAt', type: 'date', label: { vi: 'Cho phép lúc', en: 'Granted at' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}
