import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reporting_periods_kind" AS ENUM('half-year', 'year');
  CREATE TYPE "public"."enum_indicator_reports_status" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__indicator_reports_v_version_status" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TABLE "reporting_periods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_reporting_periods_kind" DEFAULT 'half-year' NOT NULL,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"end_date" timestamp(3) with time zone NOT NULL,
  	"commune_deadline" timestamp(3) with time zone NOT NULL,
  	"commune_update_deadline" timestamp(3) with time zone NOT NULL,
  	"district_deadline" timestamp(3) with time zone NOT NULL,
  	"district_update_deadline" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicator_reports_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"value" numeric NOT NULL,
  	"denominator" numeric,
  	"female" numeric,
  	"male" numeric,
  	"ethnic_minority" numeric,
  	"note" varchar
  );
  
  CREATE TABLE "indicator_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"plan_id" integer NOT NULL,
  	"period_id" integer NOT NULL,
  	"org_unit_id" integer NOT NULL,
  	"notes" varchar,
  	"status" "enum_indicator_reports_status" DEFAULT 'draft' NOT NULL,
  	"return_comment" varchar,
  	"late" boolean DEFAULT false,
  	"submitted_at" timestamp(3) with time zone,
  	"submitted_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"late_edit_allowed_until" timestamp(3) with time zone,
  	"late_edit_reason" varchar,
  	"late_edit_granted_by_id" integer,
  	"late_edit_granted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicator_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_indicator_reports_v_version_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"value" numeric NOT NULL,
  	"denominator" numeric,
  	"female" numeric,
  	"male" numeric,
  	"ethnic_minority" numeric,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_indicator_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_plan_id" integer NOT NULL,
  	"version_period_id" integer NOT NULL,
  	"version_org_unit_id" integer NOT NULL,
  	"version_notes" varchar,
  	"version_status" "enum__indicator_reports_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_return_comment" varchar,
  	"version_late" boolean DEFAULT false,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_submitted_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_reviewed_by_id" integer,
  	"version_late_edit_allowed_until" timestamp(3) with time zone,
  	"version_late_edit_reason" varchar,
  	"version_late_edit_granted_by_id" integer,
  	"version_late_edit_granted_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_indicator_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reporting_periods_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "indicator_reports_id" integer;
  ALTER TABLE "indicator_reports_values" ADD CONSTRAINT "indicator_reports_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_reports_values" ADD CONSTRAINT "indicator_reports_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicator_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_late_edit_granted_by_id_users_id_fk" FOREIGN KEY ("late_edit_granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_reports_rels" ADD CONSTRAINT "indicator_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicator_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicator_reports_rels" ADD CONSTRAINT "indicator_reports_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v_version_values" ADD CONSTRAINT "_indicator_reports_v_version_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v_version_values" ADD CONSTRAINT "_indicator_reports_v_version_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_indicator_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v" ADD CONSTRAINT "_indicator_reports_v_parent_id_indicator_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicator_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v" ADD CONSTRAINT "_indicator_reports_v_version_plan_id_plans_id_fk" FOREIGN KEY ("version_plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v" ADD CONSTRAINT "_indicator_reports_v_version_period_id_reporting_periods_id_fk" FOREIGN KEY ("version_period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v" ADD CONSTRAINT "_indicator_reports_v_version_org_unit_id_org_units_id_fk" FOREIGN KEY ("version_org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v" ADD CONSTRAINT "_indicator_reports_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v" ADD CONSTRAINT "_indicator_reports_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v" ADD CONSTRAINT "_indicator_reports_v_version_late_edit_granted_by_id_users_id_fk" FOREIGN KEY ("version_late_edit_granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v_rels" ADD CONSTRAINT "_indicator_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_indicator_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v_rels" ADD CONSTRAINT "_indicator_reports_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "reporting_periods_code_idx" ON "reporting_periods" USING btree ("code");
  CREATE INDEX "reporting_periods_updated_at_idx" ON "reporting_periods" USING btree ("updated_at");
  CREATE INDEX "reporting_periods_created_at_idx" ON "reporting_periods" USING btree ("created_at");
  CREATE INDEX "indicator_reports_values_order_idx" ON "indicator_reports_values" USING btree ("_order");
  CREATE INDEX "indicator_reports_values_parent_id_idx" ON "indicator_reports_values" USING btree ("_parent_id");
  CREATE INDEX "indicator_reports_values_indicator_idx" ON "indicator_reports_values" USING btree ("indicator_id");
  CREATE INDEX "indicator_reports_plan_idx" ON "indicator_reports" USING btree ("plan_id");
  CREATE INDEX "indicator_reports_period_idx" ON "indicator_reports" USING btree ("period_id");
  CREATE INDEX "indicator_reports_org_unit_idx" ON "indicator_reports" USING btree ("org_unit_id");
  CREATE INDEX "indicator_reports_submitted_by_idx" ON "indicator_reports" USING btree ("submitted_by_id");
  CREATE INDEX "indicator_reports_reviewed_by_idx" ON "indicator_reports" USING btree ("reviewed_by_id");
  CREATE INDEX "indicator_reports_late_edit_late_edit_granted_by_idx" ON "indicator_reports" USING btree ("late_edit_granted_by_id");
  CREATE INDEX "indicator_reports_updated_at_idx" ON "indicator_reports" USING btree ("updated_at");
  CREATE INDEX "indicator_reports_created_at_idx" ON "indicator_reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "orgUnit_period_plan_idx" ON "indicator_reports" USING btree ("org_unit_id","period_id","plan_id");
  CREATE INDEX "indicator_reports_rels_order_idx" ON "indicator_reports_rels" USING btree ("order");
  CREATE INDEX "indicator_reports_rels_parent_idx" ON "indicator_reports_rels" USING btree ("parent_id");
  CREATE INDEX "indicator_reports_rels_path_idx" ON "indicator_reports_rels" USING btree ("path");
  CREATE INDEX "indicator_reports_rels_media_id_idx" ON "indicator_reports_rels" USING btree ("media_id");
  CREATE INDEX "_indicator_reports_v_version_values_order_idx" ON "_indicator_reports_v_version_values" USING btree ("_order");
  CREATE INDEX "_indicator_reports_v_version_values_parent_id_idx" ON "_indicator_reports_v_version_values" USING btree ("_parent_id");
  CREATE INDEX "_indicator_reports_v_version_values_indicator_idx" ON "_indicator_reports_v_version_values" USING btree ("indicator_id");
  CREATE INDEX "_indicator_reports_v_parent_idx" ON "_indicator_reports_v" USING btree ("parent_id");
  CREATE INDEX "_indicator_reports_v_version_version_plan_idx" ON "_indicator_reports_v" USING btree ("version_plan_id");
  CREATE INDEX "_indicator_reports_v_version_version_period_idx" ON "_indicator_reports_v" USING btree ("version_period_id");
  CREATE INDEX "_indicator_reports_v_version_version_org_unit_idx" ON "_indicator_reports_v" USING btree ("version_org_unit_id");
  CREATE INDEX "_indicator_reports_v_version_version_submitted_by_idx" ON "_indicator_reports_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_indicator_reports_v_version_version_reviewed_by_idx" ON "_indicator_reports_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_indicator_reports_v_version_late_edit_version_late_edit_idx" ON "_indicator_reports_v" USING btree ("version_late_edit_granted_by_id");
  CREATE INDEX "_indicator_reports_v_version_version_updated_at_idx" ON "_indicator_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_indicator_reports_v_version_version_created_at_idx" ON "_indicator_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_indicator_reports_v_created_at_idx" ON "_indicator_reports_v" USING btree ("created_at");
  CREATE INDEX "_indicator_reports_v_updated_at_idx" ON "_indicator_reports_v" USING btree ("updated_at");
  CREATE INDEX "version_orgUnit_version_period_version_plan_idx" ON "_indicator_reports_v" USING btree ("version_org_unit_id","version_period_id","version_plan_id");
  CREATE INDEX "_indicator_reports_v_rels_order_idx" ON "_indicator_reports_v_rels" USING btree ("order");
  CREATE INDEX "_indicator_reports_v_rels_parent_idx" ON "_indicator_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_indicator_reports_v_rels_path_idx" ON "_indicator_reports_v_rels" USING btree ("path");
  CREATE INDEX "_indicator_reports_v_rels_media_id_idx" ON "_indicator_reports_v_rels" USING btree ("media_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reporting_periods_fk" FOREIGN KEY ("reporting_periods_id") REFERENCES "public"."reporting_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_reports_fk" FOREIGN KEY ("indicator_reports_id") REFERENCES "public"."indicator_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reporting_periods_id_idx" ON "payload_locked_documents_rels" USING btree ("reporting_periods_id");
  CREATE INDEX "payload_locked_documents_rels_indicator_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reporting_periods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicator_reports_values" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicator_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicator_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_indicator_reports_v_version_values" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_indicator_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_indicator_reports_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reporting_periods" CASCADE;
  DROP TABLE "indicator_reports_values" CASCADE;
  DROP TABLE "indicator_reports" CASCADE;
  DROP TABLE "indicator_reports_rels" CASCADE;
  DROP TABLE "_indicator_reports_v_version_values" CASCADE;
  DROP TABLE "_indicator_reports_v" CASCADE;
  DROP TABLE "_indicator_reports_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_reporting_periods_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_indicator_reports_fk";
  
  DROP INDEX "payload_locked_documents_rels_reporting_periods_id_idx";
  DROP INDEX "payload_locked_documents_rels_indicator_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reporting_periods_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "indicator_reports_id";
  DROP TYPE "public"."enum_reporting_periods_kind";
  DROP TYPE "public"."enum_indicator_reports_status";
  DROP TYPE "public"."enum__indicator_reports_v_version_status";`)
}
