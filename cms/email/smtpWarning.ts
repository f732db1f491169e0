/** Printed by `npm start` when no mail server is configured. */
export const smtpMissingWarning =
  'Chưa đặt SMTP_URL: không thư nào được gửi đi (đặt lại mật khẩu, nhắc hạn báo cáo, biên nhận bài dự thi); nhật ký chỉ ghi người nhận và tiêu đề. ' +
  '/ SMTP_URL is not set: no email is sent; the log records recipients and subjects only.'
