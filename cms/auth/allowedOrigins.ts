import os from 'node:os'

type Env = Record<string, string | undefined>

const origin = (url: string) => {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/**
 * The addresses a browser may use the admin from with its login cookie (Payload's `csrf` list):
 * the public URL, every address and the host name of this machine on the CMS port — officers in a
 * commune office open it at whatever address the server has — and any in CMS_ALLOWED_ORIGINS.
 * A page on any other origin cannot act with an officer's cookie.
 */
export function allowedOrigins(env: Env = process.env, interfaces = os.networkInterfaces(), hostname = os.hostname()): string[] {
  const port = env.CMS_PORT ?? '3000'
  const hosts = new Set(['localhost', hostname])
  for (const address of Object.values(interfaces).flat()) {
    if (!address || address.address.startsWith('fe80:')) continue
    hosts.add(address.family === 'IPv6' ? `[${address.address}]` : address.address)
  }
  const origins = [...hosts].map((host) => `http://${host}:${port}`)
  for (const url of [env.CMS_PUBLIC_URL ?? '', ...(env.CMS_ALLOWED_ORIGINS ?? '').split(',')]) {
    const allowed = url.trim() && origin(url.trim())
    if (allowed) origins.push(allowed)
  }
  return [...new Set(origins)]
}
