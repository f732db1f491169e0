import type { Payload } from 'payload'

/** The themes named in Nội dung 1 of the plan; officers add more in the admin. */
export const campaignThemes = [
  'Xóa bỏ định kiến và khuôn mẫu giới',
  'Phòng, chống bạo lực gia đình',
  'Phòng, chống mua bán người',
  'Phòng, chống tảo hôn và hôn nhân cận huyết thống',
  'Phòng, chống xâm hại tình dục trẻ em',
  'Xóa bỏ tập tục văn hóa có hại',
  'Nâng cao quyền năng kinh tế cho phụ nữ',
  'Phụ nữ tham gia lãnh đạo',
]

export async function seedCampaignThemes(payload: Payload): Promise<void> {
  for (const name of campaignThemes) {
    const existing = await payload.count({ collection: 'campaign-themes', where: { name: { equals: name } } })
    if (existing.totalDocs === 0) await payload.create({ collection: 'campaign-themes', data: { name } })
  }
}
