type Option = { value: string; label: { vi: string; en: string } }

/** Who a course is written for (item 4.3 of the plan: officers and the community teams they train). */
export const courseAudienceOptions: Option[] = [
  { value: 'commune-officers', label: { vi: 'Cán bộ Hội LHPN cấp xã', en: 'Commune Women’s Union officers' } },
  { value: 'communication-teams', label: { vi: 'Tổ truyền thông cộng đồng', en: 'Community communication teams' } },
  { value: 'trusted-addresses', label: { vi: 'Địa chỉ tin cậy cộng đồng', en: 'Community trusted addresses' } },
  { value: 'savings-groups', label: { vi: 'Tổ tiết kiệm vay vốn thôn bản', en: 'Village savings and loan groups' } },
  { value: 'child-leaders', label: { vi: 'CLB “Thủ lĩnh của sự thay đổi”', en: '“Leaders of change” children’s clubs' } },
  { value: 'village-leaders', label: { vi: 'Trưởng thôn, người có uy tín', en: 'Village heads and influential people' } },
  { value: 'community', label: { vi: 'Người dân', en: 'Everyone' } },
]

/** Lesson URLs the course's own on-demand pages use. */
export const reservedLessonSlugs = ['hoan-thanh', 'kiem-tra']
