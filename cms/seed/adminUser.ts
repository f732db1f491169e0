import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { usersSlug } from '../plugin/installed'

export const defaultAdminEmail = 'admin@du-an-8.local'

/**
 * The first administrator. Without ADMIN_PASSWORD a random password is generated and printed
 * once; only Payload's hash of it is stored.
 */
export async function seedAdminUser(payload: Payload, log: (line: string) => void): Promise<void> {
  const email = process.env.ADMIN_EMAIL ?? defaultAdminEmail
  const admins = await payload.count({ collection: usersSlug(payload), where: { role: { equals: 'admin' } } })
  if (admins.totalDocs > 0) return
  const generated = !process.env.ADMIN_PASSWORD
  const password = process.env.ADMIN_PASSWORD ?? crypto.randomBytes(12).toString('base64url')
  await payload.create({
    collection: usersSlug(payload),
    data: { email, password, name: 'Quản trị hệ thống', role: 'admin' },
  })
  log(`Tài khoản quản trị / admin account: ${email}`)
  if (generated) {
    log(`Mật khẩu (chỉ hiện một lần, hãy lưu lại) / password (shown once): ${password}`)
  }
}
