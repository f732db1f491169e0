import type { Payload } from 'payload'

export async function seedSiteSettings(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (current.portalName) return
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      portalName: 'Trang tin điện tử xã Phú Nhuận - Huyện Như Thanh - Tỉnh Thanh Hoá',
      welcomeLine: 'Chào mừng các bạn đến với Trang tin điện tử xã Phú Nhuận - Huyện Như Thanh - Tỉnh Thanh Hoá',
      description:
        'Thông tin về Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” tại huyện Như Thanh.',
      hotlines: {
        heading: 'ĐIỆN THOẠI HỮU ÍCH',
        numbers: [
          {
            label: 'Số điện thoại tiếp nhận của các tổ chức, cá nhân liên quan đến giải quyết thủ tục hành chính',
            number: '02373.742.289',
          },
        ],
      },
      links: [{ label: 'Công khai kết quả giải quyết TTHC', url: 'https://dichvucong.thanhhoa.gov.vn/' }],
    },
  })
}
