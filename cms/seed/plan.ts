import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { cmsDir } from '../paths'
import { planIndicators } from './indicators'
import { projectCommunes } from './orgUnits'
import { textToLexical } from './textToLexical'

export const seedPlanSlug = 'ke-hoach-thuc-hien-du-an-8-huyen-nhu-thanh'

const legalBasis = [
  { number: '82/KH-BTV', date: '2022-09-14', issuer: 'Ban Thường vụ Hội LHPN tỉnh Thanh Hóa', title: 'Kế hoạch triển khai Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em”, giai đoạn I: từ năm 2021 đến năm 2025' },
  { number: '27/2022/NĐ-CP', date: '2022-04-19', issuer: 'Chính phủ', title: 'Quy định quy chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia' },
  { number: '1719/QĐ-TTg', date: '2021-10-14', issuer: 'Thủ tướng Chính phủ', title: 'Phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025' },
  { number: '01/2022/TT-UBDT', date: '2022-05-26', issuer: 'Ủy ban Dân tộc', title: 'Quy định quy trình giám sát, đánh giá thực hiện Chương trình MTQG DTTS&MN giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến năm 2025' },
  { number: '15/2022/TT-BTC', date: '2022-03-04', issuer: 'Bộ Tài chính', title: 'Quy định quản lý và sử dụng kinh phí sự nghiệp thực hiện Chương trình MTQG DTTS & MN giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến năm 2025' },
  { number: '39/2021/QĐ-TTg', date: '2021-12-30', issuer: 'Thủ tướng Chính phủ', title: 'Nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách' },
  { number: '612/QĐ-UBDT', date: '2021-09-16', issuer: 'Ủy ban Dân tộc', title: 'Danh sách thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi' },
  { number: '861/QĐ-TTg', date: '2021-06-04', issuer: 'Thủ tướng Chính phủ', title: 'Danh sách các xã khu vực III, khu vực II, khu vực I thuộc vùng đồng bào dân tộc thiểu số và miền núi' },
]

const beneficiaries =
  'Phụ nữ và trẻ em gái tại 07 xã, 28 thôn đặc biệt khó khăn (theo Quyết định 612/QĐ-UBDT ngày 16/9/2021 của Uỷ ban Dân tộc và Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng chính phủ) ưu tiên phụ nữ và trẻ em gái là người dân tộc thiểu số trong các hộ nghèo, cận nghèo, nạn nhân bị mua bán, bị bạo lực gia đình, bị xâm hại tình dục, di cư lao động không an toàn/lấy chồng nước ngoài trở về, phụ nữ khuyết tật.'

/** Section V.2 and VII of the plan: communes by 10/9 (update by 25/01), the district by 15/9 (update by 31/01). */
const reportingDeadlines = [
  { level: 'commune', kind: 'report', day: 10, month: 9, nextYear: false },
  { level: 'commune', kind: 'update', day: 25, month: 1, nextYear: true },
  { level: 'district', kind: 'report', day: 15, month: 9, nextYear: false },
  { level: 'district', kind: 'update', day: 31, month: 1, nextYear: true },
] as const

export async function seedPlan(
  payload: Payload,
  orgUnitIds: Map<string, number | string>,
  indicatorIds: Map<string, number | string>,
): Promise<void> {
  const existing = await payload.find({ collection: 'plans', where: { slug: { equals: seedPlanSlug } }, limit: 1, draft: true })
  if (existing.docs[0]) return
  const body = fs.readFileSync(path.join(cmsDir, 'seed', 'content', 'ke-hoach-nhu-thanh.txt'), 'utf8')
  await payload.create({
    collection: 'plans',
    draft: false,
    data: {
      _status: 'published',
      title:
        'Kế hoạch thực hiện Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025',
      slug: seedPlanSlug,
      summary:
        'Kế hoạch của Ban Thường vụ Hội LHPN huyện Như Thanh triển khai Dự án 8 tại 7 xã đặc biệt khó khăn, giai đoạn 2022 - 2025: mục đích, chỉ tiêu, nội dung hoạt động, giám sát, báo cáo và tổ chức thực hiện.',
      issuingBody: 'Ban Thường vụ Hội LHPN huyện Như Thanh',
      parentBody: 'Hội Liên hiệp Phụ nữ tỉnh Thanh Hoá',
      place: 'Như Thanh',
      legalBasis: legalBasis.map((doc) => ({ ...doc, date: `${doc.date}T00:00:00.000Z` })),
      period: { startYear: 2022, endYear: 2025 },
      orgUnits: projectCommunes.map((name) => orgUnitIds.get(name) as number),
      owner: orgUnitIds.get('nhu-thanh') as number,
      beneficiaries,
      body: textToLexical(body) as never,
      targets: planIndicators.map((indicator) => ({
        indicator: indicatorIds.get(indicator.code) as number,
        description: indicator.wording,
        value: indicator.target,
        unit: indicator.unit,
        year: 2025,
      })),
      reportingDeadlines: reportingDeadlines.map((d) => ({ ...d })),
      // As posted on the Phú Nhuận portal: "Đăng lúc: 07:59:59 12/12/2023 (GMT+7)".
      publishedAt: '2023-12-12T00:59:59.000Z',
    },
  })
}
