import { NotFound, type AfterErrorHook, type CollectionBeforeOperationHook, type Plugin } from 'payload'

import { translate } from '../i18n/translate'
import { keepClientErrorReasons } from './clientErrorReasons'

/**
 * An id that cannot be one (`/api/plans/abc` where ids are numbers) is a document that does not
 * exist: 404, before the database is asked and fails.
 */
const refuseMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id != null && req.payload.db.defaultIDType === 'number' && !/^\d+$/.test(String(id))) throw new NotFound(req.t)
  return args
}

/** What the databases say when a filter puts text where a number belongs. */
const notANumber = [/Only finite numbers/i, /invalid input syntax for type (integer|numeric|bigint)/i]

function causes(error: unknown): string[] {
  const messages: string[] = []
  for (let e = error as { message?: string; cause?: unknown } | undefined; e && messages.length < 5; e = e.cause as typeof e) messages.push(String(e.message ?? ''))
  return messages
}

/** A filter value the database could not use is the client's mistake: 400 with the reason, not 500. */
const badValueIsClientError: AfterErrorHook = ({ error, req, graphqlResult }) => {
  if (!causes(error).some((m) => notANumber.some((re) => re.test(m)))) return
  const message = translate(req, 'queryValueInvalid')
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
  return { status: 400, response: { errors: [{ message }] } }
}

/** Bad ids and bad filter values answered as the client errors they are, in every collection; refusals keep their reasons. */
export const wellFormedRequests: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [refuseMalformedId, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), badValueIsClientError, keepClientErrorReasons] },
})
