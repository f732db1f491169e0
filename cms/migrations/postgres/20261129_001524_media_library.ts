import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_licence" AS ENUM('project', 'cc-by', 'all-rights');
  ALTER TABLE "media" ADD COLUMN "transcript" varchar;
  ALTER TABLE "media" ADD COLUMN "poster_id" integer;
  ALTER TABLE "media" ADD COLUMN "licence" "enum_media_licence" DEFAULT 'project';
  ALTER TABLE "media" ADD COLUMN "in_library" boolean DEFAULT true;
  ALTER TABLE "media" ADD COLUMN "page_count" numeric;
  ALTER TABLE "media" ADD CONSTRAINT "media_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_poster_idx" ON "media" USING btree ("poster_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP CONSTRAINT IF EXISTS "media_poster_id_media_id_fk";
  
  DROP INDEX "media_poster_idx";
  ALTER TABLE "media" DROP COLUMN "transcript";
  ALTER TABLE "media" DROP COLUMN "poster_id";
  ALTER TABLE "media" DROP COLUMN "licence";
  ALTER TABLE "media" DROP COLUMN "in_library";
  ALTER TABLE "media" DROP COLUMN "page_count";
  DROP TYPE "public"."enum_media_licence";`)
}
