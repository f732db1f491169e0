import type { PayloadRequest } from 'payload'

import type { MessageKey } from './messages'

type Vars = Record<string, string | number>

/** Payload's `t` is typed for its own keys only; this is the one cast for ours. */
export function translate(req: Pick<PayloadRequest, 't'> | undefined, key: MessageKey, vars?: Vars): string {
  const t = req?.t as ((k: string, v?: Vars) => string) | undefined
  return t ? t(`duan8:${key}`, vars) : key
}
