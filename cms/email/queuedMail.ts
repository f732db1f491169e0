import type { EmailAdapter, SendEmailOptions } from 'payload'

/**
 * Payload's "forgot password" sends its mail inside the request's transaction, with no way to
 * queue it. Our hooks queue it instead (cms/email/tasks.ts) and hand Payload a message with this
 * subject, which the adapter below drops: no mail server is waited on while the database is held.
 */
export const queuedElsewhereSubject = '[gửi qua hàng đợi / sent through the job queue]'

/** Wraps an adapter so that messages already queued elsewhere are not sent a second time. */
export function skippingQueuedMail(adapter: EmailAdapter): EmailAdapter {
  return (args) => {
    const inner = adapter(args)
    return {
      ...inner,
      sendEmail: async (message: SendEmailOptions) => (message.subject === queuedElsewhereSubject ? undefined : inner.sendEmail(message)),
    }
  }
}

/**
 * Without SMTP_URL: no mail leaves the server; the log records who would have received what
 * subject (no bodies: they carry reset links), and `npm start` warns once.
 */
export const consoleEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'console',
  defaultFromAddress: process.env.EMAIL_FROM ?? 'khong-tra-loi@du-an-8.local',
  defaultFromName: process.env.EMAIL_FROM_NAME ?? 'Cổng thông tin Dự án 8',
  sendEmail: async (message) => {
    payload.logger.info(`Thư chưa gửi (chưa đặt SMTP_URL) tới ${String(message.to)}: ${message.subject}`)
  },
})
