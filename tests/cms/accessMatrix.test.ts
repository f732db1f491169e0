import { describe } from 'vitest'

import { startTestPayload } from '../helpers/testPayload'
import { describeAccessMatrix } from './accessMatrix.suite'

// The product's own config on PostgreSQL when the run has it; the host's config (accessMatrixHost)
// covers SQLite. Without PostgreSQL, the product's matrix runs on SQLite.
const here = process.env.TEST_DB === 'postgres' || !process.env.TEST_POSTGRES_URI
describe.runIf(here)("the access matrix on the product's config", () => {
  describeAccessMatrix({ start: () => startTestPayload() })
})
