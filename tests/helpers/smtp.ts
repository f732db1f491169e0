import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Mailbox = {
  url: string
  messages: ParsedMail[]
  /** The messages sent to an address, waiting up to `timeoutMs` for at least `count` of them. */
  to: (address: string, count?: number, timeoutMs?: number) => Promise<ParsedMail[]>
  stop: () => Promise<void>
}

export const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((a) => a?.value.map((v) => v.address) ?? [])

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export async function startSmtp(): Promise<Mailbox> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const to = async (address: string, count = 1, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = messages.filter((m) => recipients(m).includes(address))
      if (found.length >= count || Date.now() > deadline) return found
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return { url: `smtp://127.0.0.1:${port}`, messages, to, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}
