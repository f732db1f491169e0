import type { Role } from '../../cms/access/roles'

export const reportStatuses = [
  { value: 'draft', label: { vi: 'Đang soạn', en: 'Draft' } },
  { value: 'submitted', label: { vi: 'Đã gửi, chờ duyệt', en: 'Submitted' } },
  { value: 'returned', label: { vi: 'Trả lại để bổ sung', en: 'Returned' } },
  { value: 'approved', label: { vi: 'Đã duyệt', en: 'Approved' } },
] as const

export type ReportStatus = (typeof reportStatuses)[number]['value']

export const statusLabel = (status: ReportStatus) => reportStatuses.find((s) => s.value === status)!.label

/** Content (values, notes, evidence) can change only while the report is with its commune. */
export const editableStatuses: readonly ReportStatus[] = ['draft', 'returned']

/** Who may move a report from one status to another (staying put is always allowed). */
const transitions: Record<ReportStatus, Partial<Record<ReportStatus, readonly Role[]>>> = {
  draft: { submitted: ['commune-officer', 'district-officer', 'admin'] },
  returned: { submitted: ['commune-officer', 'district-officer', 'admin'] },
  submitted: {
    draft: ['commune-officer', 'district-officer', 'admin'],
    approved: ['district-officer', 'admin'],
    returned: ['district-officer', 'admin'],
  },
  // Reopening an approved report is an administrator's correction, with a reason.
  approved: { returned: ['admin'] },
}

export function canMove(from: ReportStatus, to: ReportStatus, role: Role | null): boolean {
  if (from === to) return true
  return Boolean(role && transitions[from][to]?.includes(role))
}
