import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_courses_audience" AS ENUM('commune-officers', 'communication-teams', 'trusted-addresses', 'savings-groups', 'child-leaders', 'village-leaders', 'community');
  CREATE TYPE "public"."enum_courses_content_area" AS ENUM('nd1', 'nd2', 'nd3', 'nd4');
  CREATE TYPE "public"."enum_courses_language" AS ENUM('vi', 'muong', 'thai', 'tho', 'dao', 'mong');
  CREATE TYPE "public"."enum_courses_licence" AS ENUM('project', 'cc-by', 'all-rights');
  CREATE TYPE "public"."enum_courses_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__courses_v_version_audience" AS ENUM('commune-officers', 'communication-teams', 'trusted-addresses', 'savings-groups', 'child-leaders', 'village-leaders', 'community');
  CREATE TYPE "public"."enum__courses_v_version_content_area" AS ENUM('nd1', 'nd2', 'nd3', 'nd4');
  CREATE TYPE "public"."enum__courses_v_version_language" AS ENUM('vi', 'muong', 'thai', 'tho', 'dao', 'mong');
  CREATE TYPE "public"."enum__courses_v_version_licence" AS ENUM('project', 'cc-by', 'all-rights');
  CREATE TYPE "public"."enum__courses_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "courses_lessons_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "courses_lessons_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"explanation" varchar
  );
  
  CREATE TABLE "courses_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"body" jsonb,
  	"recording_id" integer,
  	"poster_id" integer
  );
  
  CREATE TABLE "courses_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_courses_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "courses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"content_area" "enum_courses_content_area",
  	"language" "enum_courses_language" DEFAULT 'vi',
  	"licence" "enum_courses_licence" DEFAULT 'cc-by',
  	"indicator_id" integer,
  	"cover_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_courses_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "courses_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_courses_v_version_lessons_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"correct" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_courses_v_version_lessons_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"explanation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_courses_v_version_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"body" jsonb,
  	"recording_id" integer,
  	"poster_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_courses_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__courses_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_courses_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_content_area" "enum__courses_v_version_content_area",
  	"version_language" "enum__courses_v_version_language" DEFAULT 'vi',
  	"version_licence" "enum__courses_v_version_licence" DEFAULT 'cc-by',
  	"version_indicator_id" integer,
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__courses_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_courses_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "course_completions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"course_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"commune_id" integer NOT NULL,
  	"phone" varchar,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"certificate_code" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "courses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "course_completions_id" integer;
  ALTER TABLE "courses_lessons_questions_options" ADD CONSTRAINT "courses_lessons_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses_lessons_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_lessons_questions" ADD CONSTRAINT "courses_lessons_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses_lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_lessons" ADD CONSTRAINT "courses_lessons_recording_id_media_id_fk" FOREIGN KEY ("recording_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses_lessons" ADD CONSTRAINT "courses_lessons_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses_lessons" ADD CONSTRAINT "courses_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_audience" ADD CONSTRAINT "courses_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses" ADD CONSTRAINT "courses_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses" ADD CONSTRAINT "courses_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses_rels" ADD CONSTRAINT "courses_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_rels" ADD CONSTRAINT "courses_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_lessons_questions_options" ADD CONSTRAINT "_courses_v_version_lessons_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v_version_lessons_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_lessons_questions" ADD CONSTRAINT "_courses_v_version_lessons_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v_version_lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_lessons" ADD CONSTRAINT "_courses_v_version_lessons_recording_id_media_id_fk" FOREIGN KEY ("recording_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v_version_lessons" ADD CONSTRAINT "_courses_v_version_lessons_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v_version_lessons" ADD CONSTRAINT "_courses_v_version_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_audience" ADD CONSTRAINT "_courses_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_parent_id_courses_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_version_indicator_id_indicators_id_fk" FOREIGN KEY ("version_indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v_rels" ADD CONSTRAINT "_courses_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_rels" ADD CONSTRAINT "_courses_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_completions" ADD CONSTRAINT "course_completions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "course_completions" ADD CONSTRAINT "course_completions_commune_id_org_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "courses_lessons_questions_options_order_idx" ON "courses_lessons_questions_options" USING btree ("_order");
  CREATE INDEX "courses_lessons_questions_options_parent_id_idx" ON "courses_lessons_questions_options" USING btree ("_parent_id");
  CREATE INDEX "courses_lessons_questions_order_idx" ON "courses_lessons_questions" USING btree ("_order");
  CREATE INDEX "courses_lessons_questions_parent_id_idx" ON "courses_lessons_questions" USING btree ("_parent_id");
  CREATE INDEX "courses_lessons_order_idx" ON "courses_lessons" USING btree ("_order");
  CREATE INDEX "courses_lessons_parent_id_idx" ON "courses_lessons" USING btree ("_parent_id");
  CREATE INDEX "courses_lessons_recording_idx" ON "courses_lessons" USING btree ("recording_id");
  CREATE INDEX "courses_lessons_poster_idx" ON "courses_lessons" USING btree ("poster_id");
  CREATE INDEX "courses_audience_order_idx" ON "courses_audience" USING btree ("order");
  CREATE INDEX "courses_audience_parent_idx" ON "courses_audience" USING btree ("parent_id");
  CREATE INDEX "courses_indicator_idx" ON "courses" USING btree ("indicator_id");
  CREATE INDEX "courses_cover_idx" ON "courses" USING btree ("cover_id");
  CREATE UNIQUE INDEX "courses_slug_idx" ON "courses" USING btree ("slug");
  CREATE INDEX "courses_updated_at_idx" ON "courses" USING btree ("updated_at");
  CREATE INDEX "courses_created_at_idx" ON "courses" USING btree ("created_at");
  CREATE INDEX "courses__status_idx" ON "courses" USING btree ("_status");
  CREATE INDEX "courses_rels_order_idx" ON "courses_rels" USING btree ("order");
  CREATE INDEX "courses_rels_parent_idx" ON "courses_rels" USING btree ("parent_id");
  CREATE INDEX "courses_rels_path_idx" ON "courses_rels" USING btree ("path");
  CREATE INDEX "courses_rels_media_id_idx" ON "courses_rels" USING btree ("media_id");
  CREATE INDEX "_courses_v_version_lessons_questions_options_order_idx" ON "_courses_v_version_lessons_questions_options" USING btree ("_order");
  CREATE INDEX "_courses_v_version_lessons_questions_options_parent_id_idx" ON "_courses_v_version_lessons_questions_options" USING btree ("_parent_id");
  CREATE INDEX "_courses_v_version_lessons_questions_order_idx" ON "_courses_v_version_lessons_questions" USING btree ("_order");
  CREATE INDEX "_courses_v_version_lessons_questions_parent_id_idx" ON "_courses_v_version_lessons_questions" USING btree ("_parent_id");
  CREATE INDEX "_courses_v_version_lessons_order_idx" ON "_courses_v_version_lessons" USING btree ("_order");
  CREATE INDEX "_courses_v_version_lessons_parent_id_idx" ON "_courses_v_version_lessons" USING btree ("_parent_id");
  CREATE INDEX "_courses_v_version_lessons_recording_idx" ON "_courses_v_version_lessons" USING btree ("recording_id");
  CREATE INDEX "_courses_v_version_lessons_poster_idx" ON "_courses_v_version_lessons" USING btree ("poster_id");
  CREATE INDEX "_courses_v_version_audience_order_idx" ON "_courses_v_version_audience" USING btree ("order");
  CREATE INDEX "_courses_v_version_audience_parent_idx" ON "_courses_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_courses_v_parent_idx" ON "_courses_v" USING btree ("parent_id");
  CREATE INDEX "_courses_v_version_version_indicator_idx" ON "_courses_v" USING btree ("version_indicator_id");
  CREATE INDEX "_courses_v_version_version_cover_idx" ON "_courses_v" USING btree ("version_cover_id");
  CREATE INDEX "_courses_v_version_version_slug_idx" ON "_courses_v" USING btree ("version_slug");
  CREATE INDEX "_courses_v_version_version_updated_at_idx" ON "_courses_v" USING btree ("version_updated_at");
  CREATE INDEX "_courses_v_version_version_created_at_idx" ON "_courses_v" USING btree ("version_created_at");
  CREATE INDEX "_courses_v_version_version__status_idx" ON "_courses_v" USING btree ("version__status");
  CREATE INDEX "_courses_v_created_at_idx" ON "_courses_v" USING btree ("created_at");
  CREATE INDEX "_courses_v_updated_at_idx" ON "_courses_v" USING btree ("updated_at");
  CREATE INDEX "_courses_v_latest_idx" ON "_courses_v" USING btree ("latest");
  CREATE INDEX "_courses_v_autosave_idx" ON "_courses_v" USING btree ("autosave");
  CREATE INDEX "_courses_v_rels_order_idx" ON "_courses_v_rels" USING btree ("order");
  CREATE INDEX "_courses_v_rels_parent_idx" ON "_courses_v_rels" USING btree ("parent_id");
  CREATE INDEX "_courses_v_rels_path_idx" ON "_courses_v_rels" USING btree ("path");
  CREATE INDEX "_courses_v_rels_media_id_idx" ON "_courses_v_rels" USING btree ("media_id");
  CREATE INDEX "course_completions_course_idx" ON "course_completions" USING btree ("course_id");
  CREATE INDEX "course_completions_commune_idx" ON "course_completions" USING btree ("commune_id");
  CREATE UNIQUE INDEX "course_completions_certificate_code_idx" ON "course_completions" USING btree ("certificate_code");
  CREATE INDEX "course_completions_updated_at_idx" ON "course_completions" USING btree ("updated_at");
  CREATE INDEX "course_completions_created_at_idx" ON "course_completions" USING btree ("created_at");
  CREATE INDEX "course_commune_idx" ON "course_completions" USING btree ("course_id","commune_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_course_completions_fk" FOREIGN KEY ("course_completions_id") REFERENCES "public"."course_completions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_courses_id_idx" ON "payload_locked_documents_rels" USING btree ("courses_id");
  CREATE INDEX "payload_locked_documents_rels_course_completions_id_idx" ON "payload_locked_documents_rels" USING btree ("course_completions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "courses_lessons_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_lessons_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_lessons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_version_lessons_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_version_lessons_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_version_lessons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_version_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "course_completions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "courses_lessons_questions_options" CASCADE;
  DROP TABLE "courses_lessons_questions" CASCADE;
  DROP TABLE "courses_lessons" CASCADE;
  DROP TABLE "courses_audience" CASCADE;
  DROP TABLE "courses" CASCADE;
  DROP TABLE "courses_rels" CASCADE;
  DROP TABLE "_courses_v_version_lessons_questions_options" CASCADE;
  DROP TABLE "_courses_v_version_lessons_questions" CASCADE;
  DROP TABLE "_courses_v_version_lessons" CASCADE;
  DROP TABLE "_courses_v_version_audience" CASCADE;
  DROP TABLE "_courses_v" CASCADE;
  DROP TABLE "_courses_v_rels" CASCADE;
  DROP TABLE "course_completions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_courses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_course_completions_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_courses_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_course_completions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "courses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "course_completions_id";
  DROP TYPE "public"."enum_courses_audience";
  DROP TYPE "public"."enum_courses_content_area";
  DROP TYPE "public"."enum_courses_language";
  DROP TYPE "public"."enum_courses_licence";
  DROP TYPE "public"."enum_courses_status";
  DROP TYPE "public"."enum__courses_v_version_audience";
  DROP TYPE "public"."enum__courses_v_version_content_area";
  DROP TYPE "public"."enum__courses_v_version_language";
  DROP TYPE "public"."enum__courses_v_version_licence";
  DROP TYPE "public"."enum__courses_v_version_status";`)
}
