import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "plans" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "plans" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "plans" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_plans_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_plans_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_plans_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "campaigns" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "plans_meta_meta_image_idx" ON "plans" USING btree ("meta_image_id");
  CREATE INDEX "_plans_v_version_meta_version_meta_image_idx" ON "_plans_v" USING btree ("version_meta_image_id");
  CREATE INDEX "campaigns_meta_meta_image_idx" ON "campaigns" USING btree ("meta_image_id");
  CREATE INDEX "_campaigns_v_version_meta_version_meta_image_idx" ON "_campaigns_v" USING btree ("version_meta_image_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "plans" DROP CONSTRAINT IF EXISTS "plans_meta_image_id_media_id_fk";
  
  ALTER TABLE "_plans_v" DROP CONSTRAINT IF EXISTS "_plans_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "campaigns" DROP CONSTRAINT IF EXISTS "campaigns_meta_image_id_media_id_fk";
  
  ALTER TABLE "_campaigns_v" DROP CONSTRAINT IF EXISTS "_campaigns_v_version_meta_image_id_media_id_fk";
  
  DROP INDEX "plans_meta_meta_image_idx";
  DROP INDEX "_plans_v_version_meta_version_meta_image_idx";
  DROP INDEX "campaigns_meta_meta_image_idx";
  DROP INDEX "_campaigns_v_version_meta_version_meta_image_idx";
  ALTER TABLE "plans" DROP COLUMN "meta_title";
  ALTER TABLE "plans" DROP COLUMN "meta_description";
  ALTER TABLE "plans" DROP COLUMN "meta_image_id";
  ALTER TABLE "_plans_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_plans_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_plans_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "campaigns" DROP COLUMN "meta_title";
  ALTER TABLE "campaigns" DROP COLUMN "meta_description";
  ALTER TABLE "campaigns" DROP COLUMN "meta_image_id";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_meta_image_id";`)
}
