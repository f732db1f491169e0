export const roles = [
  'admin',
  'district-officer',
  'commune-officer',
  'communications-officer',
  'contest-organiser',
  'judge',
] as const

export type Role = (typeof roles)[number]

/** Roles whose permissions reach only their own org unit (and the units below it). */
export const scopedRoles: readonly Role[] = ['district-officer', 'commune-officer']

export const roleLabels: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  'district-officer': { vi: 'Cán bộ Hội LHPN huyện', en: 'District officer' },
  'commune-officer': { vi: 'Cán bộ Hội LHPN xã', en: 'Commune officer' },
  'communications-officer': { vi: 'Cán bộ truyền thông', en: 'Communications officer' },
  'contest-organiser': { vi: 'Ban tổ chức hội thi', en: 'Contest organiser' },
  judge: { vi: 'Giám khảo', en: 'Judge' },
}
