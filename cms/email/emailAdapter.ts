import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { consoleEmailAdapter, skippingQueuedMail } from './queuedMail'

/**
 * Mail goes through the SMTP server SMTP_URL names (smtp://user:pass@host:587, smtps://… for
 * TLS on connect). Without it, nothing is sent and `npm start` says so once, at start.
 */
export async function emailAdapter(): Promise<EmailAdapter> {
  const url = process.env.SMTP_URL
  if (!url) return skippingQueuedMail(consoleEmailAdapter)
  return skippingQueuedMail(
    await nodemailerAdapter({
      defaultFromAddress: process.env.EMAIL_FROM ?? 'khong-tra-loi@du-an-8.local',
      defaultFromName: process.env.EMAIL_FROM_NAME ?? 'Cổng thông tin Dự án 8',
      // Mail is sent from jobs, never while a request holds the database; a server that does not
      // answer still must not tie a job up for nodemailer's default two minutes.
      transport: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }),
      // An unreachable server at start must not stop the CMS: sending reports it, and jobs retry.
      skipVerify: true,
    }),
  )
}
