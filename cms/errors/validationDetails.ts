import type { AfterErrorHook } from 'payload'

type FieldProblem = { message?: unknown; path?: unknown }
type DetailedError = { name?: string; message?: string; status?: number; data?: { errors?: FieldProblem[] } }

/**
 * A refused save says why, field by field, and its summary (the admin's toast) gives the reasons
 * rather than "invalid field: currentPassword". Payload's REST answer keeps the field messages only
 * when `instanceof ValidationError` holds, and in the admin's production build the error can come
 * from another bundled copy of the class; so it is recognised by its shape.
 */
export const keepValidationDetails: AfterErrorHook = ({ error, graphqlResult }) => {
  const e = error as DetailedError
  if (graphqlResult || !Array.isArray(e.data?.errors) || !e.status || e.status >= 500) return
  const reasons = e.data.errors.map((f) => f.message).filter((m): m is string => typeof m === 'string' && m !== '')
  return { response: { errors: [{ name: e.name, data: e.data, message: reasons.length > 0 ? reasons.join(' ') : e.message }] } }
}
