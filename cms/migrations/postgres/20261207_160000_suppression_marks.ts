import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { remarkLegacySuppression } from '../remarkLegacySuppression'

/** Data only: earlier editions' "<5" cells become "ẩn" (cms/migrations/remarkLegacySuppression.ts). */
export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  const remarked = await remarkLegacySuppression(
    {
      sql,
      rows: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
      run: async (query) => {
        await db.execute(query)
      },
    },
    (text) => sql`${text}::jsonb`,
  )
  payload.logger.info(`suppression marks: ${remarked} summary editions and versions re-marked`)
}

/** A re-marked cell cannot go back: which "ẩn" were "<5" is not kept, and "<5" would misstate. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
