import { createLocalReq, type Payload } from 'payload'

import { readMissingDocumentText } from './media/readMissingDocumentText'
import { migrationsForDatabase } from './migrations'
import { syncAllPlanPeriods } from './reporting/planPeriods'
import { seed } from './seed'

/**
 * Brings any database up to date: applies pending migrations (never a dev schema push), seeds
 * once, and reads the text of PDFs that have none yet. Safe to run on every start; it never drops
 * or rewrites saved content.
 */
export async function prepareDatabase(payload: Payload, log: (line: string) => void = console.log): Promise<void> {
  await payload.db.migrate({ migrations: await migrationsForDatabase() })
  const seeded = await seed(payload, log)
  if (seeded) log('Đã tạo dữ liệu ban đầu / initial content seeded')
  const periods = await syncAllPlanPeriods(await createLocalReq({}, payload))
  if (periods > 0) log(`Kỳ báo cáo theo lịch của các kế hoạch: ${periods} kỳ được tạo hoặc cập nhật / plan periods brought up to date`)
  await readMissingDocumentText(payload, log)
}
