import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_build_status_status" AS ENUM('idle', 'building', 'succeeded', 'failed');
  CREATE TABLE "site_build_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_build_status_status" DEFAULT 'idle',
  	"trigger" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"last_success_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "site_build_status" CASCADE;
  DROP TYPE "public"."enum_site_build_status_status";`)
}
