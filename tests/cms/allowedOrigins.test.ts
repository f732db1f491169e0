import { describe, expect, it } from 'vitest'

import { allowedOrigins } from '../../cms/auth/allowedOrigins'

describe('origins the admin accepts its login cookie from', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4' }],
    eth0: [
      { address: '192.168.1.20', family: 'IPv4' },
      { address: '2001:db8::20', family: 'IPv6' },
      { address: 'fe80::1', family: 'IPv6' },
    ],
  } as unknown as ReturnType<typeof import('node:os').networkInterfaces>

  it('every address and the name of this machine on the CMS port, the public URL and the configured extras', () => {
    const origins = allowedOrigins({ CMS_PORT: '3000', CMS_PUBLIC_URL: 'https://duan8.thanhhoa.gov.vn/', CMS_ALLOWED_ORIGINS: 'http://may-chu-hoi:3000, not a url' }, interfaces, 'may-chu-xa')
    expect(origins).toEqual([
      'http://localhost:3000',
      'http://may-chu-xa:3000',
      'http://127.0.0.1:3000',
      'http://192.168.1.20:3000',
      'http://[2001:db8::20]:3000',
      'https://duan8.thanhhoa.gov.vn',
      'http://may-chu-hoi:3000',
    ])
  })

  it('never a link-local address, an origin without http(s), or a port browsers leave out', () => {
    const origins = allowedOrigins({ CMS_PORT: '80', CMS_ALLOWED_ORIGINS: 'may-chu-hoi:3000,null,javascript:alert(1)' }, interfaces, 'May-Chu-Xa')
    expect(origins).toEqual(['http://localhost', 'http://may-chu-xa', 'http://127.0.0.1', 'http://192.168.1.20', 'http://[2001:db8::20]'])
    expect(origins).not.toContain('null')
  })
})
