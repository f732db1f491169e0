import type { CollectionConfig, Field } from 'payload'

const relation = (name: string, relationTo: string): Field => ({ name, type: 'relationship', relationTo: relationTo as never, required: true })
const count = (name: string): Field => ({ name, type: 'number' })
const totalled = ['value', 'denominator', 'female', 'male', 'ethnicMinority']

/**
 * The values of approved reports, one row per report and indicator, with the report's plan,
 * commune and period copied onto each row: the fact table progress is totalled from (as DHIS2's
 * analytics tables are). Its two covering indexes hand the database every group already in
 * order, so GROUP BY reads an index instead of joining reports and sorting a million rows.
 * Written only by cms/progress/approvedValues.ts, in the transaction that approves, reopens or
 * deletes a report; nobody reads or writes it through the API.
 */
export const ApprovedValues: CollectionConfig = {
  slug: 'approved-values',
  labels: { singular: { vi: 'Số liệu đã duyệt', en: 'Approved value' }, plural: { vi: 'Số liệu đã duyệt', en: 'Approved values' } },
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  indexes: [
    { fields: ['plan', 'indicator', 'orgUnit', 'periodEnd', 'period', ...totalled] },
    { fields: ['plan', 'indicator', 'period', 'periodEnd', ...totalled] },
  ],
  fields: [
    relation('report', 'indicator-reports'),
    relation('plan', 'plans'),
    relation('indicator', 'indicators'),
    relation('orgUnit', 'org-units'),
    relation('period', 'reporting-periods'),
    { name: 'periodEnd', type: 'date', required: true },
    { name: 'value', type: 'number', required: true },
    ...totalled.slice(1).map(count),
  ],
}
