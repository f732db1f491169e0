import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_plans_reporting_deadlines_level" AS ENUM('commune', 'district');
  CREATE TYPE "public"."enum_plans_reporting_deadlines_kind" AS ENUM('report', 'update');
  CREATE TYPE "public"."enum_plans_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__plans_v_version_reporting_deadlines_level" AS ENUM('commune', 'district');
  CREATE TYPE "public"."enum__plans_v_version_reporting_deadlines_kind" AS ENUM('report', 'update');
  CREATE TYPE "public"."enum__plans_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_media_language" AS ENUM('vi', 'muong', 'thai', 'none');
  CREATE TYPE "public"."enum_media_kind" AS ENUM('image', 'video', 'audio', 'document');
  CREATE TYPE "public"."enum_indicators_disaggregations" AS ENUM('sex', 'ethnicMinority');
  CREATE TYPE "public"."enum_indicators_content_area" AS ENUM('nd1', 'nd2', 'nd3', 'nd4');
  CREATE TYPE "public"."enum_indicators_type" AS ENUM('output', 'result');
  CREATE TYPE "public"."enum_indicators_aggregation" AS ENUM('sum', 'ratio', 'latest');
  CREATE TYPE "public"."enum_org_units_level" AS ENUM('province', 'district', 'commune', 'village');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'district-officer', 'commune-officer', 'communications-officer', 'contest-organiser', 'judge');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "plans_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"date" timestamp(3) with time zone,
  	"issuer" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "plans_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"indicator_id" integer,
  	"description" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"year" numeric,
  	"org_unit_id" integer
  );
  
  CREATE TABLE "plans_reporting_deadlines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"level" "enum_plans_reporting_deadlines_level",
  	"kind" "enum_plans_reporting_deadlines_kind",
  	"day" numeric,
  	"month" numeric,
  	"next_year" boolean DEFAULT false
  );
  
  CREATE TABLE "plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"document_number" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"place" varchar,
  	"issuing_body" varchar,
  	"parent_body" varchar,
  	"signer_name" varchar,
  	"signer_position" varchar,
  	"period_start_year" numeric,
  	"period_end_year" numeric,
  	"beneficiaries" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_plans_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "plans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"org_units_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_plans_v_version_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"date" timestamp(3) with time zone,
  	"issuer" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_plans_v_version_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer,
  	"description" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"year" numeric,
  	"org_unit_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_plans_v_version_reporting_deadlines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum__plans_v_version_reporting_deadlines_level",
  	"kind" "enum__plans_v_version_reporting_deadlines_kind",
  	"day" numeric,
  	"month" numeric,
  	"next_year" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_plans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_document_number" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_place" varchar,
  	"version_issuing_body" varchar,
  	"version_parent_body" varchar,
  	"version_signer_name" varchar,
  	"version_signer_position" varchar,
  	"version_period_start_year" numeric,
  	"version_period_end_year" numeric,
  	"version_beneficiaries" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__plans_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_plans_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"org_units_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"caption" varchar,
  	"credit" varchar,
  	"language" "enum_media_language" DEFAULT 'vi',
  	"kind" "enum_media_kind",
  	"consent" boolean DEFAULT false,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_full_url" varchar,
  	"sizes_full_width" numeric,
  	"sizes_full_height" numeric,
  	"sizes_full_mime_type" varchar,
  	"sizes_full_filesize" numeric,
  	"sizes_full_filename" varchar
  );
  
  CREATE TABLE "indicators_disaggregations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_indicators_disaggregations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "indicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"unit" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"content_area" "enum_indicators_content_area" NOT NULL,
  	"type" "enum_indicators_type" DEFAULT 'output' NOT NULL,
  	"aggregation" "enum_indicators_aggregation" DEFAULT 'sum' NOT NULL,
  	"sensitive" boolean DEFAULT false,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "org_units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar,
  	"level" "enum_org_units_level" NOT NULL,
  	"parent_id" integer,
  	"valid_from" timestamp(3) with time zone,
  	"valid_to" timestamp(3) with time zone,
  	"especially_difficult" boolean DEFAULT false,
  	"project_area" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "org_units_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "org_units_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"org_units_id" integer
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'commune-officer' NOT NULL,
  	"org_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"plans_id" integer,
  	"media_id" integer,
  	"indicators_id" integer,
  	"org_units_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_hotlines_numbers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"number" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"portal_name" varchar NOT NULL,
  	"welcome_line" varchar,
  	"description" varchar,
  	"hotlines_heading" varchar DEFAULT 'ĐIỆN THOẠI HỮU ÍCH',
  	"footer" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "seed_state" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version" numeric DEFAULT 0,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "plans_legal_basis" ADD CONSTRAINT "plans_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_targets" ADD CONSTRAINT "plans_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_targets" ADD CONSTRAINT "plans_targets_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_targets" ADD CONSTRAINT "plans_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_reporting_deadlines" ADD CONSTRAINT "plans_reporting_deadlines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_org_units_fk" FOREIGN KEY ("org_units_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_version_legal_basis" ADD CONSTRAINT "_plans_v_version_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_version_targets" ADD CONSTRAINT "_plans_v_version_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v_version_targets" ADD CONSTRAINT "_plans_v_version_targets_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v_version_targets" ADD CONSTRAINT "_plans_v_version_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_version_reporting_deadlines" ADD CONSTRAINT "_plans_v_version_reporting_deadlines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_parent_id_plans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v_rels" ADD CONSTRAINT "_plans_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_rels" ADD CONSTRAINT "_plans_v_rels_org_units_fk" FOREIGN KEY ("org_units_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_rels" ADD CONSTRAINT "_plans_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_disaggregations" ADD CONSTRAINT "indicators_disaggregations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_units" ADD CONSTRAINT "org_units_parent_id_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "org_units_texts" ADD CONSTRAINT "org_units_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_units_rels" ADD CONSTRAINT "org_units_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_units_rels" ADD CONSTRAINT "org_units_rels_org_units_fk" FOREIGN KEY ("org_units_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_org_units_fk" FOREIGN KEY ("org_units_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_hotlines_numbers" ADD CONSTRAINT "site_settings_hotlines_numbers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_links" ADD CONSTRAINT "site_settings_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "plans_legal_basis_order_idx" ON "plans_legal_basis" USING btree ("_order");
  CREATE INDEX "plans_legal_basis_parent_id_idx" ON "plans_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "plans_targets_order_idx" ON "plans_targets" USING btree ("_order");
  CREATE INDEX "plans_targets_parent_id_idx" ON "plans_targets" USING btree ("_parent_id");
  CREATE INDEX "plans_targets_indicator_idx" ON "plans_targets" USING btree ("indicator_id");
  CREATE INDEX "plans_targets_org_unit_idx" ON "plans_targets" USING btree ("org_unit_id");
  CREATE INDEX "plans_reporting_deadlines_order_idx" ON "plans_reporting_deadlines" USING btree ("_order");
  CREATE INDEX "plans_reporting_deadlines_parent_id_idx" ON "plans_reporting_deadlines" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "plans_slug_idx" ON "plans" USING btree ("slug");
  CREATE INDEX "plans_updated_at_idx" ON "plans" USING btree ("updated_at");
  CREATE INDEX "plans_created_at_idx" ON "plans" USING btree ("created_at");
  CREATE INDEX "plans__status_idx" ON "plans" USING btree ("_status");
  CREATE INDEX "plans_rels_order_idx" ON "plans_rels" USING btree ("order");
  CREATE INDEX "plans_rels_parent_idx" ON "plans_rels" USING btree ("parent_id");
  CREATE INDEX "plans_rels_path_idx" ON "plans_rels" USING btree ("path");
  CREATE INDEX "plans_rels_org_units_id_idx" ON "plans_rels" USING btree ("org_units_id");
  CREATE INDEX "plans_rels_media_id_idx" ON "plans_rels" USING btree ("media_id");
  CREATE INDEX "_plans_v_version_legal_basis_order_idx" ON "_plans_v_version_legal_basis" USING btree ("_order");
  CREATE INDEX "_plans_v_version_legal_basis_parent_id_idx" ON "_plans_v_version_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "_plans_v_version_targets_order_idx" ON "_plans_v_version_targets" USING btree ("_order");
  CREATE INDEX "_plans_v_version_targets_parent_id_idx" ON "_plans_v_version_targets" USING btree ("_parent_id");
  CREATE INDEX "_plans_v_version_targets_indicator_idx" ON "_plans_v_version_targets" USING btree ("indicator_id");
  CREATE INDEX "_plans_v_version_targets_org_unit_idx" ON "_plans_v_version_targets" USING btree ("org_unit_id");
  CREATE INDEX "_plans_v_version_reporting_deadlines_order_idx" ON "_plans_v_version_reporting_deadlines" USING btree ("_order");
  CREATE INDEX "_plans_v_version_reporting_deadlines_parent_id_idx" ON "_plans_v_version_reporting_deadlines" USING btree ("_parent_id");
  CREATE INDEX "_plans_v_parent_idx" ON "_plans_v" USING btree ("parent_id");
  CREATE INDEX "_plans_v_version_version_slug_idx" ON "_plans_v" USING btree ("version_slug");
  CREATE INDEX "_plans_v_version_version_updated_at_idx" ON "_plans_v" USING btree ("version_updated_at");
  CREATE INDEX "_plans_v_version_version_created_at_idx" ON "_plans_v" USING btree ("version_created_at");
  CREATE INDEX "_plans_v_version_version__status_idx" ON "_plans_v" USING btree ("version__status");
  CREATE INDEX "_plans_v_created_at_idx" ON "_plans_v" USING btree ("created_at");
  CREATE INDEX "_plans_v_updated_at_idx" ON "_plans_v" USING btree ("updated_at");
  CREATE INDEX "_plans_v_latest_idx" ON "_plans_v" USING btree ("latest");
  CREATE INDEX "_plans_v_rels_order_idx" ON "_plans_v_rels" USING btree ("order");
  CREATE INDEX "_plans_v_rels_parent_idx" ON "_plans_v_rels" USING btree ("parent_id");
  CREATE INDEX "_plans_v_rels_path_idx" ON "_plans_v_rels" USING btree ("path");
  CREATE INDEX "_plans_v_rels_org_units_id_idx" ON "_plans_v_rels" USING btree ("org_units_id");
  CREATE INDEX "_plans_v_rels_media_id_idx" ON "_plans_v_rels" USING btree ("media_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_full_sizes_full_filename_idx" ON "media" USING btree ("sizes_full_filename");
  CREATE INDEX "indicators_disaggregations_order_idx" ON "indicators_disaggregations" USING btree ("order");
  CREATE INDEX "indicators_disaggregations_parent_idx" ON "indicators_disaggregations" USING btree ("parent_id");
  CREATE UNIQUE INDEX "indicators_code_idx" ON "indicators" USING btree ("code");
  CREATE INDEX "indicators_updated_at_idx" ON "indicators" USING btree ("updated_at");
  CREATE INDEX "indicators_created_at_idx" ON "indicators" USING btree ("created_at");
  CREATE INDEX "org_units_code_idx" ON "org_units" USING btree ("code");
  CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id");
  CREATE INDEX "org_units_updated_at_idx" ON "org_units" USING btree ("updated_at");
  CREATE INDEX "org_units_created_at_idx" ON "org_units" USING btree ("created_at");
  CREATE INDEX "org_units_texts_order_parent" ON "org_units_texts" USING btree ("order","parent_id");
  CREATE INDEX "org_units_rels_order_idx" ON "org_units_rels" USING btree ("order");
  CREATE INDEX "org_units_rels_parent_idx" ON "org_units_rels" USING btree ("parent_id");
  CREATE INDEX "org_units_rels_path_idx" ON "org_units_rels" USING btree ("path");
  CREATE INDEX "org_units_rels_org_units_id_idx" ON "org_units_rels" USING btree ("org_units_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_org_unit_idx" ON "users" USING btree ("org_unit_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("plans_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("indicators_id");
  CREATE INDEX "payload_locked_documents_rels_org_units_id_idx" ON "payload_locked_documents_rels" USING btree ("org_units_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_hotlines_numbers_order_idx" ON "site_settings_hotlines_numbers" USING btree ("_order");
  CREATE INDEX "site_settings_hotlines_numbers_parent_id_idx" ON "site_settings_hotlines_numbers" USING btree ("_parent_id");
  CREATE INDEX "site_settings_links_order_idx" ON "site_settings_links" USING btree ("_order");
  CREATE INDEX "site_settings_links_parent_id_idx" ON "site_settings_links" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "plans_legal_basis" CASCADE;
  DROP TABLE "plans_targets" CASCADE;
  DROP TABLE "plans_reporting_deadlines" CASCADE;
  DROP TABLE "plans" CASCADE;
  DROP TABLE "plans_rels" CASCADE;
  DROP TABLE "_plans_v_version_legal_basis" CASCADE;
  DROP TABLE "_plans_v_version_targets" CASCADE;
  DROP TABLE "_plans_v_version_reporting_deadlines" CASCADE;
  DROP TABLE "_plans_v" CASCADE;
  DROP TABLE "_plans_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "indicators_disaggregations" CASCADE;
  DROP TABLE "indicators" CASCADE;
  DROP TABLE "org_units" CASCADE;
  DROP TABLE "org_units_texts" CASCADE;
  DROP TABLE "org_units_rels" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_hotlines_numbers" CASCADE;
  DROP TABLE "site_settings_links" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "seed_state" CASCADE;
  DROP TYPE "public"."enum_plans_reporting_deadlines_level";
  DROP TYPE "public"."enum_plans_reporting_deadlines_kind";
  DROP TYPE "public"."enum_plans_status";
  DROP TYPE "public"."enum__plans_v_version_reporting_deadlines_level";
  DROP TYPE "public"."enum__plans_v_version_reporting_deadlines_kind";
  DROP TYPE "public"."enum__plans_v_version_status";
  DROP TYPE "public"."enum_media_language";
  DROP TYPE "public"."enum_media_kind";
  DROP TYPE "public"."enum_indicators_disaggregations";
  DROP TYPE "public"."enum_indicators_content_area";
  DROP TYPE "public"."enum_indicators_type";
  DROP TYPE "public"."enum_indicators_aggregation";
  DROP TYPE "public"."enum_org_units_level";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
