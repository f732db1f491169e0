import { formatDate } from '../i18n/dates'
import { adminBaseUrl, portalBaseUrl } from './addresses'
import { email, type Email } from './layout'

const greeting = (name?: string | null) => `Kính gửi ${name?.trim() || 'đồng chí'},`

export function passwordResetEmail(token: string, name?: string | null, base = adminBaseUrl()): Email {
  return email('Đặt lại mật khẩu Cổng thông tin Dự án 8', {
    paragraphs: [
      greeting(name),
      'Có yêu cầu đặt lại mật khẩu cho tài khoản của đồng chí. Bấm vào liên kết dưới đây trong vòng 1 giờ để đặt mật khẩu mới (ít nhất 12 ký tự).',
    ],
    link: { href: `${base}/admin/reset/${encodeURIComponent(token)}`, label: 'Đặt mật khẩu mới' },
    after: ['Khi đặt mật khẩu mới, mọi phiên đăng nhập cũ đều bị đăng xuất. Nếu đồng chí không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.'],
  })
}

export function deadlineReminderEmail(args: { name?: string | null; unit: string; period: string; deadline: string; daysLeft: number }): Email {
  const when = args.daysLeft <= 0 ? 'hôm nay là hạn cuối' : args.daysLeft === 1 ? 'hạn là ngày mai' : `còn ${args.daysLeft} ngày`
  return email(`Nhắc hạn báo cáo ${args.period}: ${when} (${formatDate(args.deadline)})`, {
    paragraphs: [
      greeting(args.name),
      `Báo cáo kết quả thực hiện Dự án 8 kỳ “${args.period}” của ${args.unit} cần gửi lên huyện trước hết ngày ${formatDate(args.deadline)} (${when}). Hiện báo cáo chưa được gửi.`,
    ],
    link: { href: `${adminBaseUrl()}/admin/collections/indicator-reports`, label: 'Mở danh sách báo cáo' },
    after: ['Nếu số liệu đã có trong bảng tính, có thể nhập cả tệp CSV ở đầu danh sách báo cáo.'],
  })
}

export function reportReturnedEmail(args: { name?: string | null; unit: string; period: string; comment?: string | null; reportId: number | string }): Email {
  return email(`Báo cáo ${args.period} của ${args.unit} được trả lại để bổ sung`, {
    paragraphs: [
      greeting(args.name),
      `Báo cáo kỳ “${args.period}” của ${args.unit} đã được huyện trả lại để bổ sung, chỉnh sửa.`,
      args.comment?.trim() ? `Ý kiến của huyện: ${args.comment.trim()}` : 'Huyện chưa ghi lý do: vui lòng liên hệ cán bộ phụ trách.',
    ],
    link: { href: `${adminBaseUrl()}/admin/collections/indicator-reports/${args.reportId}`, label: 'Mở báo cáo' },
    after: ['Sửa xong, chọn trạng thái “Đã gửi, chờ duyệt” và lưu để gửi lại.'],
  })
}

export function overdueListEmail(args: { name?: string | null; period: string; deadline: string; communes: string[] }): Email {
  return email(`Báo cáo kỳ ${args.period}: ${args.communes.length} xã chưa gửi (hạn ${formatDate(args.deadline)})`, {
    paragraphs: [greeting(args.name), `Đã quá hạn ${formatDate(args.deadline)} mà các xã sau chưa gửi báo cáo kỳ “${args.period}”:`],
    list: args.communes,
    link: { href: `${adminBaseUrl()}/admin/collections/indicator-reports`, label: 'Mở danh sách báo cáo' },
  })
}

export function contestReceiptEmail(args: { name?: string | null; title: string; contest: string; receipt: string }): Email {
  // The code stays out of the subject, which mail logs and previews show.
  return email(`Đã nhận bài dự thi “${args.title}”`, {
    paragraphs: [
      greeting(args.name),
      `Ban tổ chức ${args.contest} đã nhận bài “${args.title}”.`,
      `Mã biên nhận: ${args.receipt}`,
      'Dùng mã này cùng số điện thoại đã khai để tra cứu tình trạng bài hoặc rút bài.',
    ],
    link: { href: `${portalBaseUrl()}/hoi-thi/tra-cuu/`, label: 'Tra cứu bài dự thi' },
  })
}
