import { getPayload } from 'payload'

import config from '../payload.config'
import { prepareDatabase } from '../prepareDatabase'

const payload = await getPayload({ config })
try {
  await prepareDatabase(payload)
} catch (error) {
  payload.logger.error(error)
  process.exitCode = 1
} finally {
  await payload.destroy().catch(() => {})
  // The Postgres adapter keeps a pooled client checked out; exit explicitly.
  process.exit()
}
