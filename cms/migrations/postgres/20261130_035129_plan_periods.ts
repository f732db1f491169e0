import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { assignPeriodsToPlans } from '../assignPeriodsToPlans'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_plans_targets_frequency" AS ENUM('half-year', 'year', 'mid-end', 'once');
  CREATE TYPE "public"."enum__plans_v_version_targets_frequency" AS ENUM('half-year', 'year', 'mid-end', 'once');
  CREATE TYPE "public"."enum_indicators_frequency" AS ENUM('half-year', 'year', 'mid-end', 'once');
  DROP INDEX "reporting_periods_code_idx";
  ALTER TABLE "plans_targets" ADD COLUMN "frequency" "enum_plans_targets_frequency";
  ALTER TABLE "plans_targets" ADD COLUMN "mid_term_year" numeric;
  ALTER TABLE "plans_targets" ADD COLUMN "end_term_year" numeric;
  ALTER TABLE "_plans_v_version_targets" ADD COLUMN "frequency" "enum__plans_v_version_targets_frequency";
  ALTER TABLE "_plans_v_version_targets" ADD COLUMN "mid_term_year" numeric;
  ALTER TABLE "_plans_v_version_targets" ADD COLUMN "end_term_year" numeric;
  ALTER TABLE "indicators" ADD COLUMN "frequency" "enum_indicators_frequency" DEFAULT 'half-year';
  ALTER TABLE "reporting_periods" ADD COLUMN "plan_id" integer;
  ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "reporting_periods_plan_idx" ON "reporting_periods" USING btree ("plan_id");`)
  // Each period to its plan (cms/migrations/assignPeriodsToPlans.ts) before codes are unique per plan.
  const result = await assignPeriodsToPlans({
    sql,
    rows: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
    run: async (query) => {
      await db.execute(query)
    },
  })
  payload.logger.info(`plan periods: ${result.assigned} assigned, ${result.copied} copied for another plan's reports, ${result.removed} removed`)
  await db.execute(sql`
  CREATE UNIQUE INDEX "plan_code_idx" ON "reporting_periods" USING btree ("plan_id","code");
  CREATE INDEX "reporting_periods_code_idx" ON "reporting_periods" USING btree ("code");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reporting_periods" DROP CONSTRAINT "reporting_periods_plan_id_plans_id_fk";
  
  DROP INDEX "reporting_periods_plan_idx";
  DROP INDEX "plan_code_idx";
  DROP INDEX "reporting_periods_code_idx";
  CREATE UNIQUE INDEX "reporting_periods_code_idx" ON "reporting_periods" USING btree ("code");
  ALTER TABLE "plans_targets" DROP COLUMN "frequency";
  ALTER TABLE "plans_targets" DROP COLUMN "mid_term_year";
  ALTER TABLE "plans_targets" DROP COLUMN "end_term_year";
  ALTER TABLE "_plans_v_version_targets" DROP COLUMN "frequency";
  ALTER TABLE "_plans_v_version_targets" DROP COLUMN "mid_term_year";
  ALTER TABLE "_plans_v_version_targets" DROP COLUMN "end_term_year";
  ALTER TABLE "indicators" DROP COLUMN "frequency";
  ALTER TABLE "reporting_periods" DROP COLUMN "plan_id";
  DROP TYPE "public"."enum_plans_targets_frequency";
  DROP TYPE "public"."enum__plans_v_version_targets_frequency";
  DROP TYPE "public"."enum_indicators_frequency";`)
}
