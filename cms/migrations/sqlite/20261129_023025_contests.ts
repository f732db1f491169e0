import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contests_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`weight\` numeric DEFAULT 1,
  	\`max_score\` numeric DEFAULT 10,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contests_criteria_order_idx\` ON \`contests_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contests_criteria_parent_id_idx\` ON \`contests_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contests_prizes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`count\` numeric DEFAULT 1,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contests_prizes_order_idx\` ON \`contests_prizes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contests_prizes_parent_id_idx\` ON \`contests_prizes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`rules\` text,
  	\`eligibility\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`plan_id\` integer,
  	\`blind_judging\` integer DEFAULT true,
  	\`phase\` text DEFAULT 'upcoming',
  	\`slug\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contests_plan_idx\` ON \`contests\` (\`plan_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`contests_slug_idx\` ON \`contests\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`contests_updated_at_idx\` ON \`contests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contests_created_at_idx\` ON \`contests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contests__status_idx\` ON \`contests\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`contests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contests_rels_order_idx\` ON \`contests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_parent_idx\` ON \`contests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_path_idx\` ON \`contests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_users_id_idx\` ON \`contests_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_contests_v_version_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`weight\` numeric DEFAULT 1,
  	\`max_score\` numeric DEFAULT 10,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contests_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contests_v_version_criteria_order_idx\` ON \`_contests_v_version_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_criteria_parent_id_idx\` ON \`_contests_v_version_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contests_v_version_prizes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`count\` numeric DEFAULT 1,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contests_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contests_v_version_prizes_order_idx\` ON \`_contests_v_version_prizes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_prizes_parent_id_idx\` ON \`_contests_v_version_prizes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contests_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_rules\` text,
  	\`version_eligibility\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_plan_id\` integer,
  	\`version_blind_judging\` integer DEFAULT true,
  	\`version_phase\` text DEFAULT 'upcoming',
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_contests_v_parent_idx\` ON \`_contests_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version_plan_idx\` ON \`_contests_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version_slug_idx\` ON \`_contests_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version_updated_at_idx\` ON \`_contests_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version_created_at_idx\` ON \`_contests_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version__status_idx\` ON \`_contests_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_created_at_idx\` ON \`_contests_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_updated_at_idx\` ON \`_contests_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_latest_idx\` ON \`_contests_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_contests_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contests_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contests_v_rels_order_idx\` ON \`_contests_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_rels_parent_idx\` ON \`_contests_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_rels_path_idx\` ON \`_contests_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_rels_users_id_idx\` ON \`_contests_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`contest_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contest_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`model_type\` text NOT NULL,
  	\`commune_id\` integer,
  	\`team\` text,
  	\`description\` text NOT NULL,
  	\`what_changed\` text,
  	\`impact_evidence\` text,
  	\`consent_text\` integer DEFAULT false,
  	\`consent_images\` integer DEFAULT false,
  	\`consent_names\` integer DEFAULT false,
  	\`submitter_name\` text,
  	\`submitter_phone\` text,
  	\`submitter_email\` text,
  	\`receipt_code\` text,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`screening_reason\` text,
  	\`prize\` text,
  	\`write_up\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_entries_contest_idx\` ON \`contest_entries\` (\`contest_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_commune_idx\` ON \`contest_entries\` (\`commune_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`contest_entries_receipt_code_idx\` ON \`contest_entries\` (\`receipt_code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`contest_entries_slug_idx\` ON \`contest_entries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_updated_at_idx\` ON \`contest_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_created_at_idx\` ON \`contest_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contest_entries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_order_idx\` ON \`contest_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_parent_idx\` ON \`contest_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_path_idx\` ON \`contest_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_media_id_idx\` ON \`contest_entries_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_contest_entries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_contest_id\` integer NOT NULL,
  	\`version_title\` text NOT NULL,
  	\`version_model_type\` text NOT NULL,
  	\`version_commune_id\` integer,
  	\`version_team\` text,
  	\`version_description\` text NOT NULL,
  	\`version_what_changed\` text,
  	\`version_impact_evidence\` text,
  	\`version_consent_text\` integer DEFAULT false,
  	\`version_consent_images\` integer DEFAULT false,
  	\`version_consent_names\` integer DEFAULT false,
  	\`version_submitter_name\` text,
  	\`version_submitter_phone\` text,
  	\`version_submitter_email\` text,
  	\`version_receipt_code\` text,
  	\`version_status\` text DEFAULT 'submitted' NOT NULL,
  	\`version_screening_reason\` text,
  	\`version_prize\` text,
  	\`version_write_up\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_commune_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_parent_idx\` ON \`_contest_entries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_version_version_contest_idx\` ON \`_contest_entries_v\` (\`version_contest_id\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_version_version_commune_idx\` ON \`_contest_entries_v\` (\`version_commune_id\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_version_version_receipt_code_idx\` ON \`_contest_entries_v\` (\`version_receipt_code\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_version_version_slug_idx\` ON \`_contest_entries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_version_version_updated_at_idx\` ON \`_contest_entries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_version_version_created_at_idx\` ON \`_contest_entries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_created_at_idx\` ON \`_contest_entries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_updated_at_idx\` ON \`_contest_entries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_contest_entries_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contest_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_rels_order_idx\` ON \`_contest_entries_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_rels_parent_idx\` ON \`_contest_entries_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_rels_path_idx\` ON \`_contest_entries_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_rels_media_id_idx\` ON \`_contest_entries_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contests_id\` integer REFERENCES contests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_entries_id\` integer REFERENCES contest_entries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contests_id_idx\` ON \`payload_locked_documents_rels\` (\`contests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_entries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`contests_criteria\`;`)
  await db.run(sql`DROP TABLE \`contests_prizes\`;`)
  await db.run(sql`DROP TABLE \`contests\`;`)
  await db.run(sql`DROP TABLE \`contests_rels\`;`)
  await db.run(sql`DROP TABLE \`_contests_v_version_criteria\`;`)
  await db.run(sql`DROP TABLE \`_contests_v_version_prizes\`;`)
  await db.run(sql`DROP TABLE \`_contests_v\`;`)
  await db.run(sql`DROP TABLE \`_contests_v_rels\`;`)
  await db.run(sql`DROP TABLE \`contest_entries\`;`)
  await db.run(sql`DROP TABLE \`contest_entries_rels\`;`)
  await db.run(sql`DROP TABLE \`_contest_entries_v\`;`)
  await db.run(sql`DROP TABLE \`_contest_entries_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`plans_id\` integer,
  	\`campaigns_id\` integer,
  	\`campaign_themes_id\` integer,
  	\`media_id\` integer,
  	\`indicators_id\` integer,
  	\`reporting_periods_id\` integer,
  	\`indicator_reports_id\` integer,
  	\`progress_summaries_id\` integer,
  	\`org_units_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaign_themes_id\`) REFERENCES \`campaign_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reporting_periods_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_reports_id\`) REFERENCES \`indicator_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`progress_summaries_id\`) REFERENCES \`progress_summaries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`org_units_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "plans_id", "campaigns_id", "campaign_themes_id", "media_id", "indicators_id", "reporting_periods_id", "indicator_reports_id", "progress_summaries_id", "org_units_id", "users_id") SELECT "id", "order", "parent_id", "path", "plans_id", "campaigns_id", "campaign_themes_id", "media_id", "indicators_id", "reporting_periods_id", "indicator_reports_id", "progress_summaries_id", "org_units_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reporting_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`reporting_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicator_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_summaries_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_summaries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_org_units_id_idx\` ON \`payload_locked_documents_rels\` (\`org_units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
