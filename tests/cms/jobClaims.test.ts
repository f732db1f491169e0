import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestContext } from '../helpers/testPayload'

/**
 * Two runners of the job queue on one database — as two CMS processes, or the run started when a
 * job is queued beside the minutely one — each with its own connections. Each job is run by one.
 */
let ctx: TestContext
let second: Payload

beforeAll(async () => {
  if (process.env.TEST_DB !== 'postgres') return
  ctx = await startTestPayload()
  const { default: config } = await import('../../cms/payload.config')
  second = await getPayload({ config, key: `${ctx.db.uri}#second-runner` })
}, 120_000)
afterAll(async () => {
  await second?.destroy().catch(() => {})
  await ctx?.close()
})

// Two CMS processes share PostgreSQL. On SQLite each process writes one transaction at a time and
// two runners in one test process would wait on each other inside SQLite's busy wait.
describe.runIf(process.env.TEST_DB === 'postgres')('the job queue with two runners', () => {
  it('gives each queued job to one runner only', async () => {
    const queued = []
    for (let i = 0; i < 12; i += 1) queued.push(String((await ctx.payload.jobs.queue({ task: 'sweepUploads', input: {} })).id))
    const [first, other] = await Promise.all([ctx.payload.jobs.run({ limit: 12 }), second.jobs.run({ limit: 12 })])
    const ranFirst = Object.keys(first.jobStatus ?? {})
    const ranOther = Object.keys(other.jobStatus ?? {})
    expect(ranFirst.filter((id) => ranOther.includes(id))).toEqual([])
    expect([...ranFirst, ...ranOther].sort()).toEqual([...queued].sort())
    expect(await ctx.payload.count({ collection: 'payload-jobs' })).toMatchObject({ totalDocs: 0 })
  })

  it('runs a job taken by id at most once when the queue takes it too', async () => {
    const job = await ctx.payload.jobs.queue({ task: 'sweepUploads', input: {} })
    const [byId, byQueue] = await Promise.all([second.jobs.runByID({ id: job.id }), ctx.payload.jobs.run({ limit: 5 })])
    const runs = [byId, byQueue].filter((result) => Object.keys(result.jobStatus ?? {}).includes(String(job.id)))
    expect(runs).toHaveLength(1)
  })
})
