import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contests_phase" AS ENUM('upcoming', 'open', 'screening', 'judging', 'results');
  CREATE TYPE "public"."enum_contests_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contests_v_version_phase" AS ENUM('upcoming', 'open', 'screening', 'judging', 'results');
  CREATE TYPE "public"."enum__contests_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_contest_entries_model_type" AS ENUM('communication-team', 'savings-group', 'trusted-address', 'leaders-of-change', 'policy-dialogue', 'livelihood-group', 'other');
  CREATE TYPE "public"."enum_contest_entries_status" AS ENUM('submitted', 'screened-in', 'screened-out', 'shortlisted', 'awarded', 'not-awarded', 'withdrawn');
  CREATE TYPE "public"."enum__contest_entries_v_version_model_type" AS ENUM('communication-team', 'savings-group', 'trusted-address', 'leaders-of-change', 'policy-dialogue', 'livelihood-group', 'other');
  CREATE TYPE "public"."enum__contest_entries_v_version_status" AS ENUM('submitted', 'screened-in', 'screened-out', 'shortlisted', 'awarded', 'not-awarded', 'withdrawn');
  CREATE TABLE "contests_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"weight" numeric DEFAULT 1,
  	"max_score" numeric DEFAULT 10
  );
  
  CREATE TABLE "contests_prizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"count" numeric DEFAULT 1,
  	"description" varchar
  );
  
  CREATE TABLE "contests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"rules" jsonb,
  	"eligibility" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"plan_id" integer,
  	"blind_judging" boolean DEFAULT true,
  	"phase" "enum_contests_phase" DEFAULT 'upcoming',
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_contests_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "contests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_contests_v_version_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"weight" numeric DEFAULT 1,
  	"max_score" numeric DEFAULT 10,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contests_v_version_prizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"count" numeric DEFAULT 1,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contests_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_rules" jsonb,
  	"version_eligibility" varchar,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_plan_id" integer,
  	"version_blind_judging" boolean DEFAULT true,
  	"version_phase" "enum__contests_v_version_phase" DEFAULT 'upcoming',
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__contests_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_contests_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "contest_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contest_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"model_type" "enum_contest_entries_model_type" NOT NULL,
  	"commune_id" integer,
  	"team" varchar,
  	"description" varchar NOT NULL,
  	"what_changed" varchar,
  	"impact_evidence" varchar,
  	"consent_text" boolean DEFAULT false,
  	"consent_images" boolean DEFAULT false,
  	"consent_names" boolean DEFAULT false,
  	"submitter_name" varchar,
  	"submitter_phone" varchar,
  	"submitter_email" varchar,
  	"receipt_code" varchar,
  	"status" "enum_contest_entries_status" DEFAULT 'submitted' NOT NULL,
  	"screening_reason" varchar,
  	"prize" varchar,
  	"write_up" jsonb,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contest_entries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_contest_entries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_contest_id" integer NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_model_type" "enum__contest_entries_v_version_model_type" NOT NULL,
  	"version_commune_id" integer,
  	"version_team" varchar,
  	"version_description" varchar NOT NULL,
  	"version_what_changed" varchar,
  	"version_impact_evidence" varchar,
  	"version_consent_text" boolean DEFAULT false,
  	"version_consent_images" boolean DEFAULT false,
  	"version_consent_names" boolean DEFAULT false,
  	"version_submitter_name" varchar,
  	"version_submitter_phone" varchar,
  	"version_submitter_email" varchar,
  	"version_receipt_code" varchar,
  	"version_status" "enum__contest_entries_v_version_status" DEFAULT 'submitted' NOT NULL,
  	"version_screening_reason" varchar,
  	"version_prize" varchar,
  	"version_write_up" jsonb,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_contest_entries_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_entries_id" integer;
  ALTER TABLE "contests_criteria" ADD CONSTRAINT "contests_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_prizes" ADD CONSTRAINT "contests_prizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests" ADD CONSTRAINT "contests_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contests_rels" ADD CONSTRAINT "contests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_rels" ADD CONSTRAINT "contests_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contests_v_version_criteria" ADD CONSTRAINT "_contests_v_version_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contests_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contests_v_version_prizes" ADD CONSTRAINT "_contests_v_version_prizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contests_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contests_v" ADD CONSTRAINT "_contests_v_parent_id_contests_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contests_v" ADD CONSTRAINT "_contests_v_version_plan_id_plans_id_fk" FOREIGN KEY ("version_plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contests_v_rels" ADD CONSTRAINT "_contests_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contests_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contests_v_rels" ADD CONSTRAINT "_contests_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_commune_id_org_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries_rels" ADD CONSTRAINT "contest_entries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contest_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_entries_rels" ADD CONSTRAINT "contest_entries_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contest_entries_v" ADD CONSTRAINT "_contest_entries_v_parent_id_contest_entries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contest_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contest_entries_v" ADD CONSTRAINT "_contest_entries_v_version_contest_id_contests_id_fk" FOREIGN KEY ("version_contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contest_entries_v" ADD CONSTRAINT "_contest_entries_v_version_commune_id_org_units_id_fk" FOREIGN KEY ("version_commune_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contest_entries_v_rels" ADD CONSTRAINT "_contest_entries_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contest_entries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contest_entries_v_rels" ADD CONSTRAINT "_contest_entries_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "contests_criteria_order_idx" ON "contests_criteria" USING btree ("_order");
  CREATE INDEX "contests_criteria_parent_id_idx" ON "contests_criteria" USING btree ("_parent_id");
  CREATE INDEX "contests_prizes_order_idx" ON "contests_prizes" USING btree ("_order");
  CREATE INDEX "contests_prizes_parent_id_idx" ON "contests_prizes" USING btree ("_parent_id");
  CREATE INDEX "contests_plan_idx" ON "contests" USING btree ("plan_id");
  CREATE UNIQUE INDEX "contests_slug_idx" ON "contests" USING btree ("slug");
  CREATE INDEX "contests_updated_at_idx" ON "contests" USING btree ("updated_at");
  CREATE INDEX "contests_created_at_idx" ON "contests" USING btree ("created_at");
  CREATE INDEX "contests__status_idx" ON "contests" USING btree ("_status");
  CREATE INDEX "contests_rels_order_idx" ON "contests_rels" USING btree ("order");
  CREATE INDEX "contests_rels_parent_idx" ON "contests_rels" USING btree ("parent_id");
  CREATE INDEX "contests_rels_path_idx" ON "contests_rels" USING btree ("path");
  CREATE INDEX "contests_rels_users_id_idx" ON "contests_rels" USING btree ("users_id");
  CREATE INDEX "_contests_v_version_criteria_order_idx" ON "_contests_v_version_criteria" USING btree ("_order");
  CREATE INDEX "_contests_v_version_criteria_parent_id_idx" ON "_contests_v_version_criteria" USING btree ("_parent_id");
  CREATE INDEX "_contests_v_version_prizes_order_idx" ON "_contests_v_version_prizes" USING btree ("_order");
  CREATE INDEX "_contests_v_version_prizes_parent_id_idx" ON "_contests_v_version_prizes" USING btree ("_parent_id");
  CREATE INDEX "_contests_v_parent_idx" ON "_contests_v" USING btree ("parent_id");
  CREATE INDEX "_contests_v_version_version_plan_idx" ON "_contests_v" USING btree ("version_plan_id");
  CREATE INDEX "_contests_v_version_version_slug_idx" ON "_contests_v" USING btree ("version_slug");
  CREATE INDEX "_contests_v_version_version_updated_at_idx" ON "_contests_v" USING btree ("version_updated_at");
  CREATE INDEX "_contests_v_version_version_created_at_idx" ON "_contests_v" USING btree ("version_created_at");
  CREATE INDEX "_contests_v_version_version__status_idx" ON "_contests_v" USING btree ("version__status");
  CREATE INDEX "_contests_v_created_at_idx" ON "_contests_v" USING btree ("created_at");
  CREATE INDEX "_contests_v_updated_at_idx" ON "_contests_v" USING btree ("updated_at");
  CREATE INDEX "_contests_v_latest_idx" ON "_contests_v" USING btree ("latest");
  CREATE INDEX "_contests_v_rels_order_idx" ON "_contests_v_rels" USING btree ("order");
  CREATE INDEX "_contests_v_rels_parent_idx" ON "_contests_v_rels" USING btree ("parent_id");
  CREATE INDEX "_contests_v_rels_path_idx" ON "_contests_v_rels" USING btree ("path");
  CREATE INDEX "_contests_v_rels_users_id_idx" ON "_contests_v_rels" USING btree ("users_id");
  CREATE INDEX "contest_entries_contest_idx" ON "contest_entries" USING btree ("contest_id");
  CREATE INDEX "contest_entries_commune_idx" ON "contest_entries" USING btree ("commune_id");
  CREATE UNIQUE INDEX "contest_entries_receipt_code_idx" ON "contest_entries" USING btree ("receipt_code");
  CREATE UNIQUE INDEX "contest_entries_slug_idx" ON "contest_entries" USING btree ("slug");
  CREATE INDEX "contest_entries_updated_at_idx" ON "contest_entries" USING btree ("updated_at");
  CREATE INDEX "contest_entries_created_at_idx" ON "contest_entries" USING btree ("created_at");
  CREATE INDEX "contest_entries_rels_order_idx" ON "contest_entries_rels" USING btree ("order");
  CREATE INDEX "contest_entries_rels_parent_idx" ON "contest_entries_rels" USING btree ("parent_id");
  CREATE INDEX "contest_entries_rels_path_idx" ON "contest_entries_rels" USING btree ("path");
  CREATE INDEX "contest_entries_rels_media_id_idx" ON "contest_entries_rels" USING btree ("media_id");
  CREATE INDEX "_contest_entries_v_parent_idx" ON "_contest_entries_v" USING btree ("parent_id");
  CREATE INDEX "_contest_entries_v_version_version_contest_idx" ON "_contest_entries_v" USING btree ("version_contest_id");
  CREATE INDEX "_contest_entries_v_version_version_commune_idx" ON "_contest_entries_v" USING btree ("version_commune_id");
  CREATE INDEX "_contest_entries_v_version_version_receipt_code_idx" ON "_contest_entries_v" USING btree ("version_receipt_code");
  CREATE INDEX "_contest_entries_v_version_version_slug_idx" ON "_contest_entries_v" USING btree ("version_slug");
  CREATE INDEX "_contest_entries_v_version_version_updated_at_idx" ON "_contest_entries_v" USING btree ("version_updated_at");
  CREATE INDEX "_contest_entries_v_version_version_created_at_idx" ON "_contest_entries_v" USING btree ("version_created_at");
  CREATE INDEX "_contest_entries_v_created_at_idx" ON "_contest_entries_v" USING btree ("created_at");
  CREATE INDEX "_contest_entries_v_updated_at_idx" ON "_contest_entries_v" USING btree ("updated_at");
  CREATE INDEX "_contest_entries_v_rels_order_idx" ON "_contest_entries_v_rels" USING btree ("order");
  CREATE INDEX "_contest_entries_v_rels_parent_idx" ON "_contest_entries_v_rels" USING btree ("parent_id");
  CREATE INDEX "_contest_entries_v_rels_path_idx" ON "_contest_entries_v_rels" USING btree ("path");
  CREATE INDEX "_contest_entries_v_rels_media_id_idx" ON "_contest_entries_v_rels" USING btree ("media_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contests_fk" FOREIGN KEY ("contests_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_entries_fk" FOREIGN KEY ("contest_entries_id") REFERENCES "public"."contest_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_contests_id_idx" ON "payload_locked_documents_rels" USING btree ("contests_id");
  CREATE INDEX "payload_locked_documents_rels_contest_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contests_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests_prizes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contests_v_version_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contests_v_version_prizes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contests_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contests_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_entries_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contest_entries_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contest_entries_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contests_criteria" CASCADE;
  DROP TABLE "contests_prizes" CASCADE;
  DROP TABLE "contests" CASCADE;
  DROP TABLE "contests_rels" CASCADE;
  DROP TABLE "_contests_v_version_criteria" CASCADE;
  DROP TABLE "_contests_v_version_prizes" CASCADE;
  DROP TABLE "_contests_v" CASCADE;
  DROP TABLE "_contests_v_rels" CASCADE;
  DROP TABLE "contest_entries" CASCADE;
  DROP TABLE "contest_entries_rels" CASCADE;
  DROP TABLE "_contest_entries_v" CASCADE;
  DROP TABLE "_contest_entries_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_entries_fk";
  
  DROP INDEX "payload_locked_documents_rels_contests_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_entries_id";
  DROP TYPE "public"."enum_contests_phase";
  DROP TYPE "public"."enum_contests_status";
  DROP TYPE "public"."enum__contests_v_version_phase";
  DROP TYPE "public"."enum__contests_v_version_status";
  DROP TYPE "public"."enum_contest_entries_model_type";
  DROP TYPE "public"."enum_contest_entries_status";
  DROP TYPE "public"."enum__contest_entries_v_version_model_type";
  DROP TYPE "public"."enum__contest_entries_v_version_status";`)
}
