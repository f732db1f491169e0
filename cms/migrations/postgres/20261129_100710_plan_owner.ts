import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "plans" ADD COLUMN "owner_id" integer;
  ALTER TABLE "_plans_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_owner_id_org_units_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_owner_id_org_units_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "plans_owner_idx" ON "plans" USING btree ("owner_id");
  CREATE INDEX "_plans_v_version_version_owner_idx" ON "_plans_v" USING btree ("version_owner_id");`)
  // Installs seeded before plans had owners: the seeded plan belongs to the district union that issued it.
  await db.execute(sql`
   UPDATE "plans" SET "owner_id" = (SELECT "id" FROM "org_units" WHERE "level" = 'district' AND "name" = 'Huyện Như Thanh' LIMIT 1) WHERE "slug" = 'ke-hoach-thuc-hien-du-an-8-huyen-nhu-thanh' AND "owner_id" IS NULL;
  UPDATE "_plans_v" SET "version_owner_id" = (SELECT "owner_id" FROM "plans" WHERE "plans"."id" = "_plans_v"."parent_id") WHERE "version_owner_id" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "plans" DROP CONSTRAINT "plans_owner_id_org_units_id_fk";
  
  ALTER TABLE "_plans_v" DROP CONSTRAINT "_plans_v_version_owner_id_org_units_id_fk";
  
  DROP INDEX "plans_owner_idx";
  DROP INDEX "_plans_v_version_version_owner_idx";
  ALTER TABLE "plans" DROP COLUMN "owner_id";
  ALTER TABLE "_plans_v" DROP COLUMN "version_owner_id";`)
}
