import { describe, expect, it } from 'vitest'

import { addressBlock, clientAddress, trustedProxies } from '../../cms/siteServer/clientAddress'

describe("the client's address behind (or without) a reverse proxy", () => {
  const none = trustedProxies({})
  const nginx = trustedProxies({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.2' })

  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9')
    expect(clientAddress('::ffff:203.0.113.9', ['1.2.3.4', '5.6.7.8'], none)).toBe('203.0.113.9')
  })

  it('behind a trusted proxy, the nearest forwarded address that is not a trusted proxy', () => {
    // A client that writes its own X-Forwarded-For only adds entries further left.
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7', nginx)).toBe('198.51.100.7')
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.7, 10.0.0.2', nginx)).toBe('198.51.100.7')
    expect(clientAddress('127.0.0.1', undefined, nginx)).toBe('127.0.0.1')
  })

  it('an untrusted peer cannot pretend to be a proxy', () => {
    expect(clientAddress('198.51.100.7', '127.0.0.1', nginx)).toBe('198.51.100.7')
  })

  it('counts IPv4 addresses one by one and IPv6 by their /64 network', () => {
    expect(addressBlock('198.51.100.7')).toBe('198.51.100.7')
    expect(addressBlock('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64')
    expect(addressBlock('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64')
    expect(addressBlock('2001:0db8:0000:0000::1')).toBe('2001:db8:0:0::/64')
    expect(addressBlock('[2001:db8:0:0:1::]')).toBe('2001:db8:0:0::/64')
  })
})
