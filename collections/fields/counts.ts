import type { NumberField } from 'payload'
import { number } from 'payload/shared'

import { translate } from '../../cms/i18n/translate'
import { alsoValidate } from './validation'

/** A head count or a number of sessions: a whole number, zero or more. */
export function countField(name: string, label: { vi: string; en: string }): NumberField {
  return {
    name,
    type: 'number',
    min: 0,
    label,
    validate: alsoValidate<number>(number, (value, { req }) =>
      value == null || Number.isInteger(value) ? true : translate(req, 'wholeNumberRequired'),
    ),
  }
}
