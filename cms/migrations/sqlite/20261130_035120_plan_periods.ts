import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { assignPeriodsToPlans } from '../assignPeriodsToPlans'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`reporting_periods_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`reporting_periods\` ADD \`plan_id\` integer REFERENCES plans(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`reporting_periods_plan_idx\` ON \`reporting_periods\` (\`plan_id\`);`)
  // Each period to its plan (cms/migrations/assignPeriodsToPlans.ts) before codes are unique per plan.
  const result = await assignPeriodsToPlans({
    sql,
    rows: async (query) => (await db.all(query)) as Record<string, unknown>[],
    run: async (query) => {
      await db.run(query)
    },
  })
  payload.logger.info(`plan periods: ${result.assigned} assigned, ${result.copied} copied for another plan's reports, ${result.removed} removed`)
  await db.run(sql`CREATE UNIQUE INDEX \`plan_code_idx\` ON \`reporting_periods\` (\`plan_id\`,\`code\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_code_idx\` ON \`reporting_periods\` (\`code\`);`)
  await db.run(sql`ALTER TABLE \`plans_targets\` ADD \`frequency\` text;`)
  await db.run(sql`ALTER TABLE \`plans_targets\` ADD \`mid_term_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`plans_targets\` ADD \`end_term_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_plans_v_version_targets\` ADD \`frequency\` text;`)
  await db.run(sql`ALTER TABLE \`_plans_v_version_targets\` ADD \`mid_term_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_plans_v_version_targets\` ADD \`end_term_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`frequency\` text DEFAULT 'half-year';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reporting_periods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text DEFAULT 'half-year' NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text NOT NULL,
  	\`commune_deadline\` text NOT NULL,
  	\`commune_update_deadline\` text NOT NULL,
  	\`district_deadline\` text NOT NULL,
  	\`district_update_deadline\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reporting_periods\`("id", "code", "name", "kind", "start_date", "end_date", "commune_deadline", "commune_update_deadline", "district_deadline", "district_update_deadline", "updated_at", "created_at") SELECT "id", "code", "name", "kind", "start_date", "end_date", "commune_deadline", "commune_update_deadline", "district_deadline", "district_update_deadline", "updated_at", "created_at" FROM \`reporting_periods\`;`)
  await db.run(sql`DROP TABLE \`reporting_periods\`;`)
  await db.run(sql`ALTER TABLE \`__new_reporting_periods\` RENAME TO \`reporting_periods\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`reporting_periods_code_idx\` ON \`reporting_periods\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_updated_at_idx\` ON \`reporting_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_created_at_idx\` ON \`reporting_periods\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`plans_targets\` DROP COLUMN \`frequency\`;`)
  await db.run(sql`ALTER TABLE \`plans_targets\` DROP COLUMN \`mid_term_year\`;`)
  await db.run(sql`ALTER TABLE \`plans_targets\` DROP COLUMN \`end_term_year\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v_version_targets\` DROP COLUMN \`frequency\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v_version_targets\` DROP COLUMN \`mid_term_year\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v_version_targets\` DROP COLUMN \`end_term_year\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`frequency\`;`)
}
