import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L: the code is read aloud over the phone and typed on small keyboards.
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

const randomCode = (prefix: string) => {
  const chars = Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)])
  return `${prefix}-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

/** "HT-7K3M-9Q2P": 8 random characters (about 10^12 codes). */
export const newReceiptCode = () => randomCode('HT')

/** "CN-7K3M-9Q2P": a course certificate's code, the only way to open it. */
export const newCertificateCode = () => randomCode('CN')

/** A certificate code as typed or linked ("cn7k3m9q2p", "CN-7K3M-9Q2P"), or '' when it cannot be one. */
export function normaliseCertificateCode(code: string): string {
  const chars = code.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^CN/, '')
  return /^[0-9A-Z]{8}$/.test(chars) ? `CN-${chars.slice(0, 4)}-${chars.slice(4)}` : ''
}

export const normaliseCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^HT/, '')
export const phoneDigits = (phone: string) => phone.replace(/\D/g, '').replace(/^84/, '0')
