import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contest_scores_scores\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`criterion\` text NOT NULL,
  	\`score\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contest_scores\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_scores_scores_order_idx\` ON \`contest_scores_scores\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_scores_parent_id_idx\` ON \`contest_scores_scores\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contest_scores\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`entry_id\` integer NOT NULL,
  	\`contest_id\` integer,
  	\`judge_id\` integer,
  	\`comment\` text,
  	\`complete\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`entry_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`judge_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_scores_entry_idx\` ON \`contest_scores\` (\`entry_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_contest_idx\` ON \`contest_scores\` (\`contest_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_judge_idx\` ON \`contest_scores\` (\`judge_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_updated_at_idx\` ON \`contest_scores\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_created_at_idx\` ON \`contest_scores\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`entry_judge_idx\` ON \`contest_scores\` (\`entry_id\`,\`judge_id\`);`)
  await db.run(sql`CREATE TABLE \`_contest_scores_v_version_scores\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`criterion\` text NOT NULL,
  	\`score\` numeric NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contest_scores_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contest_scores_v_version_scores_order_idx\` ON \`_contest_scores_v_version_scores\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_contest_scores_v_version_scores_parent_id_idx\` ON \`_contest_scores_v_version_scores\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contest_scores_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_entry_id\` integer NOT NULL,
  	\`version_contest_id\` integer,
  	\`version_judge_id\` integer,
  	\`version_comment\` text,
  	\`version_complete\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contest_scores\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_entry_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_judge_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_contest_scores_v_parent_idx\` ON \`_contest_scores_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contest_scores_v_version_version_entry_idx\` ON \`_contest_scores_v\` (\`version_entry_id\`);`)
  await db.run(sql`CREATE INDEX \`_contest_scores_v_version_version_contest_idx\` ON \`_contest_scores_v\` (\`version_contest_id\`);`)
  await db.run(sql`CREATE INDEX \`_contest_scores_v_version_version_judge_idx\` ON \`_contest_scores_v\` (\`version_judge_id\`);`)
  await db.run(sql`CREATE INDEX \`_contest_scores_v_version_version_updated_at_idx\` ON \`_contest_scores_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contest_scores_v_version_version_created_at_idx\` ON \`_contest_scores_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contest_scores_v_created_at_idx\` ON \`_contest_scores_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contest_scores_v_updated_at_idx\` ON \`_contest_scores_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_entry_version_judge_idx\` ON \`_contest_scores_v\` (\`version_entry_id\`,\`version_judge_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_scores_id\` integer REFERENCES contest_scores(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_scores_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_scores_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`contest_scores_scores\`;`)
  await db.run(sql`DROP TABLE \`contest_scores\`;`)
  await db.run(sql`DROP TABLE \`_contest_scores_v_version_scores\`;`)
  await db.run(sql`DROP TABLE \`_contest_scores_v\`;`)
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
  	\`contests_id\` integer,
  	\`contest_entries_id\` integer,
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
  	FOREIGN KEY (\`contests_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_entries_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`org_units_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "plans_id", "campaigns_id", "campaign_themes_id", "media_id", "indicators_id", "reporting_periods_id", "indicator_reports_id", "progress_summaries_id", "contests_id", "contest_entries_id", "org_units_id", "users_id") SELECT "id", "order", "parent_id", "path", "plans_id", "campaigns_id", "campaign_themes_id", "media_id", "indicators_id", "reporting_periods_id", "indicator_reports_id", "progress_summaries_id", "contests_id", "contest_entries_id", "org_units_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contests_id_idx\` ON \`payload_locked_documents_rels\` (\`contests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_org_units_id_idx\` ON \`payload_locked_documents_rels\` (\`org_units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
