import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`progress_summaries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`plan_id\` integer,
  	\`as_of\` text,
  	\`narrative\` text,
  	\`data\` text,
  	\`edition\` numeric,
  	\`generated_at\` text,
  	\`published_at\` text,
  	\`superseded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`superseded_by_id\`) REFERENCES \`progress_summaries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`progress_summaries_plan_idx\` ON \`progress_summaries\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_summaries_superseded_by_idx\` ON \`progress_summaries\` (\`superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_summaries_updated_at_idx\` ON \`progress_summaries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`progress_summaries_created_at_idx\` ON \`progress_summaries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`progress_summaries__status_idx\` ON \`progress_summaries\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`plan_edition_idx\` ON \`progress_summaries\` (\`plan_id\`,\`edition\`);`)
  await db.run(sql`CREATE TABLE \`_progress_summaries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_plan_id\` integer,
  	\`version_as_of\` text,
  	\`version_narrative\` text,
  	\`version_data\` text,
  	\`version_edition\` numeric,
  	\`version_generated_at\` text,
  	\`version_published_at\` text,
  	\`version_superseded_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`progress_summaries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_superseded_by_id\`) REFERENCES \`progress_summaries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_progress_summaries_v_parent_idx\` ON \`_progress_summaries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_progress_summaries_v_version_version_plan_idx\` ON \`_progress_summaries_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_progress_summaries_v_version_version_superseded_by_idx\` ON \`_progress_summaries_v\` (\`version_superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_progress_summaries_v_version_version_updated_at_idx\` ON \`_progress_summaries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_progress_summaries_v_version_version_created_at_idx\` ON \`_progress_summaries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_progress_summaries_v_version_version__status_idx\` ON \`_progress_summaries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_progress_summaries_v_created_at_idx\` ON \`_progress_summaries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_progress_summaries_v_updated_at_idx\` ON \`_progress_summaries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_progress_summaries_v_latest_idx\` ON \`_progress_summaries_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_plan_version_edition_idx\` ON \`_progress_summaries_v\` (\`version_plan_id\`,\`version_edition\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`progress_summaries_id\` integer REFERENCES progress_summaries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_summaries_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_summaries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`progress_summaries\`;`)
  await db.run(sql`DROP TABLE \`_progress_summaries_v\`;`)
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
  	FOREIGN KEY (\`org_units_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "plans_id", "campaigns_id", "campaign_themes_id", "media_id", "indicators_id", "reporting_periods_id", "indicator_reports_id", "org_units_id", "users_id") SELECT "id", "order", "parent_id", "path", "plans_id", "campaigns_id", "campaign_themes_id", "media_id", "indicators_id", "reporting_periods_id", "indicator_reports_id", "org_units_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_org_units_id_idx\` ON \`payload_locked_documents_rels\` (\`org_units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
