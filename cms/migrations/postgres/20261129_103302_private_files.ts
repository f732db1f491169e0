import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { moveToPrivateFiles } from '../moveToPrivateFiles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_private_files_kind" AS ENUM('image', 'video', 'audio', 'document');
  CREATE TABLE "private_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"original_name" varchar,
  	"description" varchar,
  	"kind" "enum_private_files_kind",
  	"org_unit_id" integer,
  	"entry_id" integer,
  	"report_id" integer,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "indicator_reports_rels" DROP CONSTRAINT "indicator_reports_rels_media_fk";
  
  ALTER TABLE "_indicator_reports_v_rels" DROP CONSTRAINT "_indicator_reports_v_rels_media_fk";
  
  DROP INDEX "indicator_reports_rels_media_id_idx";
  DROP INDEX "_indicator_reports_v_rels_media_id_idx";
  ALTER TABLE "media" ADD COLUMN "public_use" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "showcase_of_id" integer;
  ALTER TABLE "indicator_reports_rels" ADD COLUMN "private_files_id" integer;
  ALTER TABLE "_indicator_reports_v_rels" ADD COLUMN "private_files_id" integer;
  ALTER TABLE "contest_entries_rels" ADD COLUMN "private_files_id" integer;
  ALTER TABLE "_contest_entries_v_rels" ADD COLUMN "private_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "private_files_id" integer;
  ALTER TABLE "private_files" ADD CONSTRAINT "private_files_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "private_files" ADD CONSTRAINT "private_files_entry_id_contest_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."contest_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "private_files" ADD CONSTRAINT "private_files_report_id_indicator_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."indicator_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "private_files" ADD CONSTRAINT "private_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "private_files_org_unit_idx" ON "private_files" USING btree ("org_unit_id");
  CREATE INDEX "private_files_entry_idx" ON "private_files" USING btree ("entry_id");
  CREATE INDEX "private_files_report_idx" ON "private_files" USING btree ("report_id");
  CREATE INDEX "private_files_uploaded_by_idx" ON "private_files" USING btree ("uploaded_by_id");
  CREATE INDEX "private_files_updated_at_idx" ON "private_files" USING btree ("updated_at");
  CREATE INDEX "private_files_created_at_idx" ON "private_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "private_files_filename_idx" ON "private_files" USING btree ("filename");
  ALTER TABLE "media" ADD CONSTRAINT "media_showcase_of_id_contest_entries_id_fk" FOREIGN KEY ("showcase_of_id") REFERENCES "public"."contest_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_reports_rels" ADD CONSTRAINT "indicator_reports_rels_private_files_fk" FOREIGN KEY ("private_files_id") REFERENCES "public"."private_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v_rels" ADD CONSTRAINT "_indicator_reports_v_rels_private_files_fk" FOREIGN KEY ("private_files_id") REFERENCES "public"."private_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_entries_rels" ADD CONSTRAINT "contest_entries_rels_private_files_fk" FOREIGN KEY ("private_files_id") REFERENCES "public"."private_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contest_entries_v_rels" ADD CONSTRAINT "_contest_entries_v_rels_private_files_fk" FOREIGN KEY ("private_files_id") REFERENCES "public"."private_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_private_files_fk" FOREIGN KEY ("private_files_id") REFERENCES "public"."private_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_showcase_of_idx" ON "media" USING btree ("showcase_of_id");
  CREATE INDEX "indicator_reports_rels_private_files_id_idx" ON "indicator_reports_rels" USING btree ("private_files_id");
  CREATE INDEX "_indicator_reports_v_rels_private_files_id_idx" ON "_indicator_reports_v_rels" USING btree ("private_files_id");
  CREATE INDEX "contest_entries_rels_private_files_id_idx" ON "contest_entries_rels" USING btree ("private_files_id");
  CREATE INDEX "_contest_entries_v_rels_private_files_id_idx" ON "_contest_entries_v_rels" USING btree ("private_files_id");
  CREATE INDEX "payload_locked_documents_rels_private_files_id_idx" ON "payload_locked_documents_rels" USING btree ("private_files_id");
`)
  // Entry files and report evidence leave the public media collection before its column goes.
  const moved = await moveToPrivateFiles(payload, req, {
    sql,
    rows: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
    run: async (query) => {
      await db.execute(query)
    },
  })
  payload.logger.info(`private files: ${moved.moved} copied out of media, ${moved.mediaHidden} media items taken out of the library`)
  await db.execute(sql`
   ALTER TABLE "indicator_reports_rels" DROP COLUMN "media_id";
  ALTER TABLE "_indicator_reports_v_rels" DROP COLUMN "media_id";`)
}

/**
 * Back to the schema before private files. The private files themselves are dropped with their
 * table (back up first: README, "Run it"); constraints the CASCADE already removed are skipped.
 */
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "private_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "private_files" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT IF EXISTS "media_showcase_of_id_contest_entries_id_fk";
  
  ALTER TABLE "indicator_reports_rels" DROP CONSTRAINT IF EXISTS "indicator_reports_rels_private_files_fk";
  
  ALTER TABLE "_indicator_reports_v_rels" DROP CONSTRAINT IF EXISTS "_indicator_reports_v_rels_private_files_fk";
  
  ALTER TABLE "contest_entries_rels" DROP CONSTRAINT IF EXISTS "contest_entries_rels_private_files_fk";
  
  ALTER TABLE "_contest_entries_v_rels" DROP CONSTRAINT IF EXISTS "_contest_entries_v_rels_private_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_private_files_fk";
  
  DROP INDEX "media_showcase_of_idx";
  DROP INDEX "indicator_reports_rels_private_files_id_idx";
  DROP INDEX "_indicator_reports_v_rels_private_files_id_idx";
  DROP INDEX "contest_entries_rels_private_files_id_idx";
  DROP INDEX "_contest_entries_v_rels_private_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_private_files_id_idx";
  ALTER TABLE "indicator_reports_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_indicator_reports_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "indicator_reports_rels" ADD CONSTRAINT "indicator_reports_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicator_reports_v_rels" ADD CONSTRAINT "_indicator_reports_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "indicator_reports_rels_media_id_idx" ON "indicator_reports_rels" USING btree ("media_id");
  CREATE INDEX "_indicator_reports_v_rels_media_id_idx" ON "_indicator_reports_v_rels" USING btree ("media_id");
  ALTER TABLE "media" DROP COLUMN "public_use";
  ALTER TABLE "media" DROP COLUMN "showcase_of_id";
  ALTER TABLE "indicator_reports_rels" DROP COLUMN "private_files_id";
  ALTER TABLE "_indicator_reports_v_rels" DROP COLUMN "private_files_id";
  ALTER TABLE "contest_entries_rels" DROP COLUMN "private_files_id";
  ALTER TABLE "_contest_entries_v_rels" DROP COLUMN "private_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "private_files_id";
  DROP TYPE "public"."enum_private_files_kind";`)
}
