import { handleEndpoints } from 'payload'

import type { TestContext } from './testPayload'

/**
 * Payload's real REST API (the handler the admin's Next route uses) called with a fetch Request,
 * on the test's own Payload instance. `token` is a user's JWT, as a browser would send it.
 */
export async function rest(
  ctx: TestContext,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; raw?: { body: string; type: string }; form?: FormData; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'Accept-Language': 'vi', ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.raw) headers['Content-Type'] = options.raw.type
  const request = new Request(`http://localhost/api${path}`, {
    method,
    headers,
    body: options.form ?? (options.raw ? options.raw.body : options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  return handleEndpoints({ config: ctx.payload.config, request, payloadInstanceCacheKey: ctx.db.uri })
}

/** Logs a test user in through the Local API and returns the token the REST API accepts. */
export async function tokenFor(ctx: TestContext, email: string, password = 'mat-khau-thu-nghiem'): Promise<string> {
  const { token } = await ctx.payload.login({ collection: 'users', data: { email, password } })
  return token!
}
