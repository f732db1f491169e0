import os from 'node:os'

type Env = Record<string, string | undefined>

/** The origin a browser sends for this address, or null for anything but an http(s) URL. */
const origin = (url: string) => {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null
  } catch {
    return null
  }
}

/**
 * The addresses a browser may use the admin from with its login cookie (Payload's `csrf` list):
 * the public URL, every address and the host name of this machine on the CMS port — officers in a
 * commune office open it at whatever address the server has — and any in CMS_ALLOWED_ORIGINS.
 * A page on any other origin cannot act with an officer's cookie. Addresses are read when the
 * CMS starts: after the machine gets a new address, restart it.
 */
export function allowedOrigins(env: Env = process.env, interfaces = os.networkInterfaces(), hostname = os.hostname()): string[] {
  const port = env.CMS_PORT ?? '3000'
  const hosts = new Set(['localhost', hostname])
  for (const address of Object.values(interfaces).flat()) {
    if (!address || address.address.startsWith('fe80:')) continue
    hosts.add(address.family === 'IPv6' ? `[${address.address}]` : address.address)
  }
  const origins = [...hosts].map((host) => origin(`http://${host}:${port}`))
  for (const url of [env.CMS_PUBLIC_URL ?? '', ...(env.CMS_ALLOWED_ORIGINS ?? '').split(',')]) {
    if (!url.trim()) continue
    const allowed = origin(url.trim())
    if (allowed) origins.push(allowed)
    else console.warn(`CMS_ALLOWED_ORIGINS: "${url.trim()}" không phải địa chỉ http(s):// đầy đủ, bỏ qua / not an http(s) origin, ignored`)
  }
  return [...new Set(origins.filter((o): o is string => o !== null))]
}
