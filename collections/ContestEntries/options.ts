export const modelTypes = [
  { value: 'communication-team', label: { vi: 'Tổ truyền thông cộng đồng', en: 'Community communication team' } },
  { value: 'savings-group', label: { vi: 'Tổ tiết kiệm vay vốn thôn bản', en: 'Village savings and loan group' } },
  { value: 'trusted-address', label: { vi: 'Địa chỉ tin cậy cộng đồng', en: 'Trusted address' } },
  { value: 'leaders-of-change', label: { vi: 'CLB “Thủ lĩnh của sự thay đổi”', en: '“Leaders of change” club' } },
  { value: 'policy-dialogue', label: { vi: 'Đối thoại chính sách', en: 'Policy dialogue' } },
  { value: 'livelihood-group', label: { vi: 'Tổ/nhóm sinh kế', en: 'Livelihood group' } },
  { value: 'other', label: { vi: 'Mô hình khác', en: 'Other' } },
] as const

export const entryStatuses = [
  { value: 'submitted', label: { vi: 'Đã nhận', en: 'Submitted' } },
  { value: 'screened-in', label: { vi: 'Qua sơ khảo', en: 'Screened in' } },
  { value: 'screened-out', label: { vi: 'Không qua sơ khảo', en: 'Screened out' } },
  { value: 'shortlisted', label: { vi: 'Vào chung khảo', en: 'Shortlisted' } },
  { value: 'awarded', label: { vi: 'Đạt giải', en: 'Awarded' } },
  { value: 'not-awarded', label: { vi: 'Không đạt giải', en: 'Not awarded' } },
  { value: 'withdrawn', label: { vi: 'Người gửi đã rút', en: 'Withdrawn' } },
] as const
