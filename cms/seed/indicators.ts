import type { Payload } from 'payload'

export type SeedIndicator = {
  code: string
  name: string
  unit: string
  contentArea: 'nd1' | 'nd2' | 'nd3' | 'nd4'
  aggregation: 'sum' | 'ratio' | 'latest'
  target: number
  wording: string
}

/** One indicator for each target in section II of the Như Thanh plan, in the plan's order. */
export const planIndicators: SeedIndicator[] = [
  { code: 'DA8-01', name: 'Tổ truyền thông cộng đồng được thành lập và duy trì hoạt động', unit: 'tổ', contentArea: 'nd1', aggregation: 'sum', target: 14, wording: 'Thành lập và duy trì hoạt động 14 tổ truyền thông cộng đồng' },
  { code: 'DA8-02', name: 'Tổ tiết kiệm vay vốn thôn bản (TKVVTB) được củng cố, nâng cao chất lượng hoặc thành lập mới và duy trì', unit: 'tổ', contentArea: 'nd2', aggregation: 'sum', target: 5, wording: '05 Tổ tiết kiệm vay vốn thôn bản (TKVVTB) được củng cố, nâng cao chất lượng/hoặc thành lập mới và duy trì' },
  { code: 'DA8-03', name: 'Tỷ lệ thành viên Tổ TKVVTB được hỗ trợ giới thiệu tiếp cận định chế tài chính chính thức', unit: '%', contentArea: 'nd2', aggregation: 'ratio', target: 15, wording: 'Thí điểm hỗ trợ giới thiệu 15% thành viên Tổ TKVVTB hiện có tiếp cận với các định chế tài chính chính thức' },
  { code: 'DA8-04', name: 'Tỷ lệ thành viên Tổ TKVVTB được hỗ trợ phát triển sinh kế', unit: '%', contentArea: 'nd2', aggregation: 'ratio', target: 15, wording: 'Thí điểm hỗ trợ 15% thành viên của Tổ TKVVTB hiện có phát triển sinh kế' },
  { code: 'DA8-05', name: 'Tổ TKVVTB áp dụng phương pháp học tập và hành động giới', unit: 'tổ', contentArea: 'nd2', aggregation: 'sum', target: 3, wording: 'Thí điểm 03 Tổ TKVVTB áp dụng phương pháp học tập và hành động giới' },
  { code: 'DA8-06', name: 'Tổ/nhóm sinh kế có phụ nữ làm chủ hoặc đồng làm chủ ứng dụng công nghệ 4.0 trong sản xuất và kết nối thị trường', unit: 'tổ/nhóm', contentArea: 'nd2', aggregation: 'sum', target: 1, wording: '01 tổ/nhóm sinh kế có phụ nữ làm chủ hoặc đồng làm chủ (tổ nhóm sinh kế, tổ hợp tác, hợp tác xã) ứng dụng công nghệ 4.0 trong sản xuất và kết nối thị trường' },
  { code: 'DA8-07', name: 'Địa chỉ tin cậy cộng đồng được củng cố, nâng chất lượng hoặc thành lập mới', unit: 'địa chỉ', contentArea: 'nd2', aggregation: 'sum', target: 2, wording: '02 Địa chỉ tin cậy cộng đồng được củng cố, nâng chất lượng trên cơ sở mô hình hiện có/hoặc thành lập mới' },
  { code: 'DA8-08', name: 'CLB “Thủ lĩnh của sự thay đổi” của trẻ em được thành lập, nâng cao năng lực và hỗ trợ hoạt động', unit: 'CLB', contentArea: 'nd3', aggregation: 'sum', target: 3, wording: '03 CLB thủ lĩnh của sự thay đổi của trẻ em được thành lập, nâng cao năng lực và hỗ trợ tổ chức hoạt động' },
  { code: 'DA8-09', name: 'Cuộc đối thoại chính sách cấp xã và cụm thôn bản tại địa bàn đặc biệt khó khăn', unit: 'cuộc', contentArea: 'nd3', aggregation: 'sum', target: 7, wording: '07 cuộc đối thoại chính sách cấp xã và cụm thôn bản được tổ chức tại các địa bàn đặc biệt khó khăn' },
  { code: 'DA8-10', name: 'Cán bộ nữ DTTS cấp huyện, cấp xã được tập huấn nâng cao năng lực', unit: 'người', contentArea: 'nd3', aggregation: 'sum', target: 3, wording: '03 cán bộ nữ DTTS cấp huyện, cấp xã (gồm: cán bộ nữ trong quy hoạch vào các vị trí lãnh đạo, cán bộ nữ mới bổ nhiệm, cán bộ nữ mới trúng cử lần đầu) được tập huấn nâng cao năng lực phù hợp' },
]

export async function seedIndicators(payload: Payload): Promise<Map<string, number | string>> {
  const ids = new Map<string, number | string>()
  for (const indicator of planIndicators) {
    const existing = await payload.find({ collection: 'indicators', where: { code: { equals: indicator.code } }, limit: 1, depth: 0 })
    const doc =
      existing.docs[0] ??
      (await payload.create({
        collection: 'indicators',
        data: {
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          contentArea: indicator.contentArea,
          aggregation: indicator.aggregation,
          type: 'output',
        },
      }))
    ids.set(indicator.code, doc.id)
  }
  return ids
}
