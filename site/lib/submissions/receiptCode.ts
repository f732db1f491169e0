import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L: the code is read aloud over the phone and typed on small keyboards.
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** "HT-7K3M-9Q2P": 8 random characters (about 10^12 codes). */
export function newReceiptCode(): string {
  const chars = Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)])
  return `HT-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

export const normaliseCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^HT/, '')
export const phoneDigits = (phone: string) => phone.replace(/\D/g, '').replace(/^84/, '0')
