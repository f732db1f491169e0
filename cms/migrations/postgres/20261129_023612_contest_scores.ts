import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "contest_scores_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion" varchar NOT NULL,
  	"score" numeric NOT NULL
  );
  
  CREATE TABLE "contest_scores" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entry_id" integer NOT NULL,
  	"contest_id" integer,
  	"judge_id" integer,
  	"comment" varchar,
  	"complete" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_contest_scores_v_version_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"criterion" varchar NOT NULL,
  	"score" numeric NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contest_scores_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_entry_id" integer NOT NULL,
  	"version_contest_id" integer,
  	"version_judge_id" integer,
  	"version_comment" varchar,
  	"version_complete" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_scores_id" integer;
  ALTER TABLE "contest_scores_scores" ADD CONSTRAINT "contest_scores_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contest_scores"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_entry_id_contest_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."contest_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_judge_id_users_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contest_scores_v_version_scores" ADD CONSTRAINT "_contest_scores_v_version_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contest_scores_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contest_scores_v" ADD CONSTRAINT "_contest_scores_v_parent_id_contest_scores_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contest_scores"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contest_scores_v" ADD CONSTRAINT "_contest_scores_v_version_entry_id_contest_entries_id_fk" FOREIGN KEY ("version_entry_id") REFERENCES "public"."contest_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contest_scores_v" ADD CONSTRAINT "_contest_scores_v_version_contest_id_contests_id_fk" FOREIGN KEY ("version_contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contest_scores_v" ADD CONSTRAINT "_contest_scores_v_version_judge_id_users_id_fk" FOREIGN KEY ("version_judge_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "contest_scores_scores_order_idx" ON "contest_scores_scores" USING btree ("_order");
  CREATE INDEX "contest_scores_scores_parent_id_idx" ON "contest_scores_scores" USING btree ("_parent_id");
  CREATE INDEX "contest_scores_entry_idx" ON "contest_scores" USING btree ("entry_id");
  CREATE INDEX "contest_scores_contest_idx" ON "contest_scores" USING btree ("contest_id");
  CREATE INDEX "contest_scores_judge_idx" ON "contest_scores" USING btree ("judge_id");
  CREATE INDEX "contest_scores_updated_at_idx" ON "contest_scores" USING btree ("updated_at");
  CREATE INDEX "contest_scores_created_at_idx" ON "contest_scores" USING btree ("created_at");
  CREATE UNIQUE INDEX "entry_judge_idx" ON "contest_scores" USING btree ("entry_id","judge_id");
  CREATE INDEX "_contest_scores_v_version_scores_order_idx" ON "_contest_scores_v_version_scores" USING btree ("_order");
  CREATE INDEX "_contest_scores_v_version_scores_parent_id_idx" ON "_contest_scores_v_version_scores" USING btree ("_parent_id");
  CREATE INDEX "_contest_scores_v_parent_idx" ON "_contest_scores_v" USING btree ("parent_id");
  CREATE INDEX "_contest_scores_v_version_version_entry_idx" ON "_contest_scores_v" USING btree ("version_entry_id");
  CREATE INDEX "_contest_scores_v_version_version_contest_idx" ON "_contest_scores_v" USING btree ("version_contest_id");
  CREATE INDEX "_contest_scores_v_version_version_judge_idx" ON "_contest_scores_v" USING btree ("version_judge_id");
  CREATE INDEX "_contest_scores_v_version_version_updated_at_idx" ON "_contest_scores_v" USING btree ("version_updated_at");
  CREATE INDEX "_contest_scores_v_version_version_created_at_idx" ON "_contest_scores_v" USING btree ("version_created_at");
  CREATE INDEX "_contest_scores_v_created_at_idx" ON "_contest_scores_v" USING btree ("created_at");
  CREATE INDEX "_contest_scores_v_updated_at_idx" ON "_contest_scores_v" USING btree ("updated_at");
  CREATE INDEX "version_entry_version_judge_idx" ON "_contest_scores_v" USING btree ("version_entry_id","version_judge_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_scores_fk" FOREIGN KEY ("contest_scores_id") REFERENCES "public"."contest_scores"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_contest_scores_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_scores_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contest_scores_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contest_scores_v_version_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contest_scores_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contest_scores_scores" CASCADE;
  DROP TABLE "contest_scores" CASCADE;
  DROP TABLE "_contest_scores_v_version_scores" CASCADE;
  DROP TABLE "_contest_scores_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_scores_fk";
  
  DROP INDEX "payload_locked_documents_rels_contest_scores_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_scores_id";`)
}
