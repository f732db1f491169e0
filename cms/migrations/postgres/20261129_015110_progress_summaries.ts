import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_progress_summaries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__progress_summaries_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "progress_summaries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"plan_id" integer,
  	"as_of" timestamp(3) with time zone,
  	"narrative" jsonb,
  	"data" jsonb,
  	"edition" numeric,
  	"generated_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"superseded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_progress_summaries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_progress_summaries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_plan_id" integer,
  	"version_as_of" timestamp(3) with time zone,
  	"version_narrative" jsonb,
  	"version_data" jsonb,
  	"version_edition" numeric,
  	"version_generated_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_superseded_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__progress_summaries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "progress_summaries_id" integer;
  ALTER TABLE "progress_summaries" ADD CONSTRAINT "progress_summaries_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "progress_summaries" ADD CONSTRAINT "progress_summaries_superseded_by_id_progress_summaries_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."progress_summaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_progress_summaries_v" ADD CONSTRAINT "_progress_summaries_v_parent_id_progress_summaries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."progress_summaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_progress_summaries_v" ADD CONSTRAINT "_progress_summaries_v_version_plan_id_plans_id_fk" FOREIGN KEY ("version_plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_progress_summaries_v" ADD CONSTRAINT "_progress_summaries_v_version_superseded_by_id_progress_summaries_id_fk" FOREIGN KEY ("version_superseded_by_id") REFERENCES "public"."progress_summaries"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "progress_summaries_plan_idx" ON "progress_summaries" USING btree ("plan_id");
  CREATE INDEX "progress_summaries_superseded_by_idx" ON "progress_summaries" USING btree ("superseded_by_id");
  CREATE INDEX "progress_summaries_updated_at_idx" ON "progress_summaries" USING btree ("updated_at");
  CREATE INDEX "progress_summaries_created_at_idx" ON "progress_summaries" USING btree ("created_at");
  CREATE INDEX "progress_summaries__status_idx" ON "progress_summaries" USING btree ("_status");
  CREATE UNIQUE INDEX "plan_edition_idx" ON "progress_summaries" USING btree ("plan_id","edition");
  CREATE INDEX "_progress_summaries_v_parent_idx" ON "_progress_summaries_v" USING btree ("parent_id");
  CREATE INDEX "_progress_summaries_v_version_version_plan_idx" ON "_progress_summaries_v" USING btree ("version_plan_id");
  CREATE INDEX "_progress_summaries_v_version_version_superseded_by_idx" ON "_progress_summaries_v" USING btree ("version_superseded_by_id");
  CREATE INDEX "_progress_summaries_v_version_version_updated_at_idx" ON "_progress_summaries_v" USING btree ("version_updated_at");
  CREATE INDEX "_progress_summaries_v_version_version_created_at_idx" ON "_progress_summaries_v" USING btree ("version_created_at");
  CREATE INDEX "_progress_summaries_v_version_version__status_idx" ON "_progress_summaries_v" USING btree ("version__status");
  CREATE INDEX "_progress_summaries_v_created_at_idx" ON "_progress_summaries_v" USING btree ("created_at");
  CREATE INDEX "_progress_summaries_v_updated_at_idx" ON "_progress_summaries_v" USING btree ("updated_at");
  CREATE INDEX "_progress_summaries_v_latest_idx" ON "_progress_summaries_v" USING btree ("latest");
  CREATE INDEX "version_plan_version_edition_idx" ON "_progress_summaries_v" USING btree ("version_plan_id","version_edition");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_progress_summaries_fk" FOREIGN KEY ("progress_summaries_id") REFERENCES "public"."progress_summaries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_progress_summaries_id_idx" ON "payload_locked_documents_rels" USING btree ("progress_summaries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "progress_summaries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_progress_summaries_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "progress_summaries" CASCADE;
  DROP TABLE "_progress_summaries_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_progress_summaries_fk";
  
  DROP INDEX "payload_locked_documents_rels_progress_summaries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "progress_summaries_id";
  DROP TYPE "public"."enum_progress_summaries_status";
  DROP TYPE "public"."enum__progress_summaries_v_version_status";`)
}
