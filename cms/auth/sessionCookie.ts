/** The session cookie travels only over https when people reach the CMS over https (or when told to). */
export function secureSessionCookie(env: Record<string, string | undefined> = process.env): boolean {
  if (env.SESSION_COOKIE_SECURE === '1') return true
  if (env.SESSION_COOKIE_SECURE === '0') return false
  return /^https:/i.test(env.CMS_PUBLIC_URL ?? '')
}
