import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "approved_values" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report_id" integer NOT NULL,
  	"plan_id" integer NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"org_unit_id" integer NOT NULL,
  	"period_id" integer NOT NULL,
  	"period_end" timestamp(3) with time zone NOT NULL,
  	"value" numeric NOT NULL,
  	"denominator" numeric,
  	"female" numeric,
  	"male" numeric,
  	"ethnic_minority" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approved_values_id" integer;
  ALTER TABLE "approved_values" ADD CONSTRAINT "approved_values_report_id_indicator_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."indicator_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approved_values" ADD CONSTRAINT "approved_values_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approved_values" ADD CONSTRAINT "approved_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approved_values" ADD CONSTRAINT "approved_values_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approved_values" ADD CONSTRAINT "approved_values_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "approved_values_report_idx" ON "approved_values" USING btree ("report_id");
  CREATE INDEX "approved_values_plan_idx" ON "approved_values" USING btree ("plan_id");
  CREATE INDEX "approved_values_indicator_idx" ON "approved_values" USING btree ("indicator_id");
  CREATE INDEX "approved_values_org_unit_idx" ON "approved_values" USING btree ("org_unit_id");
  CREATE INDEX "approved_values_period_idx" ON "approved_values" USING btree ("period_id");
  CREATE INDEX "compound_index_idx" ON "approved_values" USING btree ("plan_id","indicator_id","org_unit_id","period_end","period_id","value","denominator","female","male","ethnic_minority");
  CREATE INDEX "compound_index_1_idx" ON "approved_values" USING btree ("plan_id","indicator_id","period_id","period_end","value","denominator","female","male","ethnic_minority");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approved_values_fk" FOREIGN KEY ("approved_values_id") REFERENCES "public"."approved_values"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_approved_values_id_idx" ON "payload_locked_documents_rels" USING btree ("approved_values_id");`)
  // Reports approved before this table existed.
  await db.execute(sql`
   INSERT INTO "approved_values" ("report_id", "plan_id", "indicator_id", "org_unit_id", "period_id", "period_end", "value", "denominator", "female", "male", "ethnic_minority")
   SELECT r.id, r.plan_id, v.indicator_id, r.org_unit_id, r.period_id, p.end_date, v.value, v.denominator, v.female, v.male, v.ethnic_minority
   FROM indicator_reports r JOIN indicator_reports_values v ON v._parent_id = r.id JOIN reporting_periods p ON p.id = r.period_id
   WHERE r.status = 'approved';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "approved_values" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "approved_values" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_approved_values_fk";
  
  DROP INDEX "payload_locked_documents_rels_approved_values_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approved_values_id";`)
}
