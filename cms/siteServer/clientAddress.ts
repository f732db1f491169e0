import type { IncomingMessage } from 'node:http'

const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')

/** TRUSTED_PROXIES: addresses of reverse proxies in front of the portal, comma-separated (none by default). */
export function trustedProxies(env: Record<string, string | undefined> = process.env): Set<string> {
  return new Set((env.TRUSTED_PROXIES ?? '').split(',').map(plain).filter(Boolean))
}

/**
 * Who sent the request: the socket's peer, unless that peer is a trusted proxy — then the
 * nearest address in X-Forwarded-For that is not itself a trusted proxy. Whatever else a client
 * writes into that header is ignored.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: Set<string>): string {
  const peer = plain(socketAddress ?? '')
  if (!trusted.has(peer)) return peer
  const chain = [forwardedFor ?? ''].flat().join(',').split(',').map(plain).filter(Boolean)
  for (let i = chain.length - 1; i >= 0; i -= 1) if (!trusted.has(chain[i])) return chain[i]
  return peer
}

/** The request as Astro will read it: X-Forwarded-For replaced by the one address we trust. */
export function settleForwardedFor(req: IncomingMessage, trusted: Set<string>): void {
  req.headers['x-forwarded-for'] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted)
}

/**
 * The unit limits count by: an IPv4 address, or an IPv6 address's /64 network — one subscriber
 * usually has a whole /64 and could otherwise take a fresh address for every try.
 */
export function addressBlock(address: string): string {
  if (!address.includes(':')) return address
  const [head, tail = ''] = address.replace(/^\[|\]$/g, '').split('%')[0].split('::')
  const left = head ? head.split(':') : []
  const right = address.includes('::') && tail ? tail.split(':') : []
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
  return `${groups.slice(0, 4).map((g) => parseInt(g || '0', 16).toString(16)).join(':')}::/64`
}
