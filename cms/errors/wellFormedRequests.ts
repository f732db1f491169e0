import { NotFound, type AfterErrorHook, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

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

/** Bad ids answered as documents that do not exist, in one of the plugin's collections. */
export const refuseMalformedIds = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [refuseMalformedId, ...(collection.hooks?.beforeOperation ?? [])] },
})

/**
 * Bad filter values answered as the client errors they are, and refusals with their reasons: for
 * the plugin's collections and for requests outside any collection, never for the host's own.
 */
export function clientErrorHooks(ownCollections: ReadonlySet<string>): AfterErrorHook[] {
  const ours = (hook: AfterErrorHook): AfterErrorHook => (args) => (args.collection && !ownCollections.has(args.collection.slug) ? undefined : hook(args))
  return [ours(badValueIsClientError), ours(keepClientErrorReasons)]
}
