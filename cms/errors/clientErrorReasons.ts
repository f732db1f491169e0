import type { AfterErrorHook } from 'payload'

import { maxUploadBytes } from '../../collections/Media/allowedTypes'
import { translate } from '../i18n/translate'

type FieldProblem = { message?: unknown; path?: unknown }
type ClientError = { name?: string; message?: unknown; status?: number; isPublic?: boolean; data?: { errors?: FieldProblem[]; size?: unknown } }

// The admin's toast splits a summary at every comma: a reason's own commas become dashes there.
const withoutListCommas = (reason: string) => reason.replace(/(\d),(\d)/g, '$1.$2').replace(/\s*,\s*/g, ' – ')

// Without a decimal comma, which the admin's toast would take for a list separator.
const wholeSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.floor(bytes / 1024 / 1024)} MB` : `${Math.floor(bytes / 1024)} KB`)

/**
 * Every refusal (4xx) tells the person why. Payload formats an error's details only when
 * `instanceof ValidationError`/`APIError` holds and its minified class still has a name; in the
 * admin's production build the error often comes from another bundled copy of the class, and the
 * answer was "invalid field: status" or "An unknown error occurred." So errors are recognised by
 * their shape, and answered with their own status (the other copy's error would be a 500): field
 * problems keep their messages (and the summary the admin's toast shows lists the reasons), other
 * refusals keep their own message, an oversized upload says the limit.
 * The admin's toast reads a message as "what: item, item": a summary is written that way.
 */
export const keepClientErrorReasons: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const e = error as ClientError
  if (graphqlResult || !e.status || e.status < 400 || e.status >= 500 || e.isPublic === false) return
  const ownMessage = typeof e.message === 'string' ? e.message : ''
  if (Array.isArray(e.data?.errors)) {
    const reasons = e.data.errors.map((f) => f.message).filter((m): m is string => typeof m === 'string' && m !== '')
    const message = reasons.length > 0 ? translate(req, 'notSavedBecause', { reasons: reasons.map(withoutListCommas).join(', ') }) : ownMessage
    return { status: e.status, response: { errors: [{ name: e.name, data: e.data, message }] } }
  }
  if (e.status === 413) {
    // Payload gives the file's size when one file passed the limit; other 413s are too many parts or fields.
    const message = e.data?.size ? translate(req, 'requestTooLarge', { limit: wholeSize(maxUploadBytes()) }) : translate(req, 'requestTooManyParts')
    return { status: e.status, response: { errors: [{ name: e.name, message }] } }
  }
  if (ownMessage !== '') return { status: e.status, response: { errors: [{ name: e.name, message: ownMessage }] } }
}
