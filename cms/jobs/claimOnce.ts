import { and, eq, isNull, ne, or } from 'drizzle-orm'
import type { Payload, PayloadRequest, Where } from 'payload'

type UpdateJobsArgs = { id?: number | string; data: Record<string, unknown>; limit?: number; req?: Partial<PayloadRequest>; returning?: boolean; sort?: string | string[]; where?: Where }
type Doc = { id: number | string }
type DrizzleJobs = {
  name: string
  updateJobs: (args: UpdateJobsArgs) => Promise<Doc[] | null>
  find: (args: { collection: string; where?: Where; limit?: number; sort?: string | string[]; pagination?: boolean; req?: Partial<PayloadRequest> }) => Promise<{ docs: Doc[] }>
  drizzle: unknown
  sessions: Record<string, { db: unknown } | undefined>
  tables: Record<string, Record<string, unknown>>
}
type UpdateBuilder = { update: (table: unknown) => { set: (v: object) => { where: (w: unknown) => { returning: (r: object) => Promise<unknown[]> } } } }

/** Payload marks a job it takes with `processing: true` (and the time): nothing else is written so. */
const isClaim = (data: Record<string, unknown>) => data.processing === true && Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt')

/**
 * Payload takes jobs by reading them, then marking them, in two statements, so two runners — the
 * run started when a job is queued and the minutely one, or two CMS processes — can both take the
 * same job, and a mail goes twice. Here the mark is one conditional UPDATE per job
 * (`processing = false` → `true`, for a job not finished or failed meanwhile): on PostgreSQL a second runner waits on the row and then finds it
 * taken; the job leaves its batch. Payload's own update then writes the rest, for the job it holds.
 */
export function claimJobsOnce(payload: Payload): void {
  const db = payload.db as unknown as DrizzleJobs
  if (db.name !== 'postgres' && db.name !== 'sqlite') return
  const update = db.updateJobs.bind(db)
  db.updateJobs = async (args) => {
    if (!isClaim(args.data)) return update(args)
    const where: Where = args.id != null ? { id: { equals: args.id } } : (args.where ?? {})
    const { docs } = await db.find({ collection: 'payload-jobs', where, limit: args.id != null ? 1 : args.limit, sort: args.sort, pagination: false, req: args.req })
    const transactionID = args.req?.transactionID ? await args.req.transactionID : undefined
    const connection = ((transactionID != null && db.sessions[String(transactionID)]?.db) || db.drizzle) as UpdateBuilder
    const table = db.tables.payload_jobs!
    const taken: Doc[] = []
    for (const doc of docs) {
      const claimed = await connection
        .update(table)
        .set({ processing: true })
        // Still waiting: not taken, not finished, not failed by the runner that had it meanwhile.
        .where(and(eq(table.id as never, doc.id), eq(table.processing as never, false), isNull(table.completedAt as never), or(isNull(table.hasError as never), ne(table.hasError as never, true))))
        .returning({ id: table.id })
      if (claimed.length === 0) continue
      const [held] = (await update({ id: doc.id, data: args.data, req: args.req, returning: true })) ?? []
      if (held) taken.push(held)
    }
    return args.returning === false ? null : taken
  }
}
