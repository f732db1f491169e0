import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reporting_periods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text DEFAULT 'half-year' NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text NOT NULL,
  	\`commune_deadline\` text NOT NULL,
  	\`commune_update_deadline\` text NOT NULL,
  	\`district_deadline\` text NOT NULL,
  	\`district_update_deadline\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reporting_periods_code_idx\` ON \`reporting_periods\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_updated_at_idx\` ON \`reporting_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_created_at_idx\` ON \`reporting_periods\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indicator_reports_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`indicator_id\` integer NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`denominator\` numeric,
  	\`female\` numeric,
  	\`male\` numeric,
  	\`ethnic_minority\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicator_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicator_reports_values_order_idx\` ON \`indicator_reports_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_values_parent_id_idx\` ON \`indicator_reports_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_values_indicator_idx\` ON \`indicator_reports_values\` (\`indicator_id\`);`)
  await db.run(sql`CREATE TABLE \`indicator_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`plan_id\` integer NOT NULL,
  	\`period_id\` integer NOT NULL,
  	\`org_unit_id\` integer NOT NULL,
  	\`notes\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`return_comment\` text,
  	\`late\` integer DEFAULT false,
  	\`submitted_at\` text,
  	\`submitted_by_id\` integer,
  	\`reviewed_at\` text,
  	\`reviewed_by_id\` integer,
  	\`late_edit_allowed_until\` text,
  	\`late_edit_reason\` text,
  	\`late_edit_granted_by_id\` integer,
  	\`late_edit_granted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`period_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_unit_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`late_edit_granted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`indicator_reports_plan_idx\` ON \`indicator_reports\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_period_idx\` ON \`indicator_reports\` (\`period_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_org_unit_idx\` ON \`indicator_reports\` (\`org_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_submitted_by_idx\` ON \`indicator_reports\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_reviewed_by_idx\` ON \`indicator_reports\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_late_edit_late_edit_granted_by_idx\` ON \`indicator_reports\` (\`late_edit_granted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_updated_at_idx\` ON \`indicator_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_created_at_idx\` ON \`indicator_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`orgUnit_period_plan_idx\` ON \`indicator_reports\` (\`org_unit_id\`,\`period_id\`,\`plan_id\`);`)
  await db.run(sql`CREATE TABLE \`indicator_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicator_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_order_idx\` ON \`indicator_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_parent_idx\` ON \`indicator_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_path_idx\` ON \`indicator_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_media_id_idx\` ON \`indicator_reports_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicator_reports_v_version_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`indicator_id\` integer NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`denominator\` numeric,
  	\`female\` numeric,
  	\`male\` numeric,
  	\`ethnic_minority\` numeric,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_indicator_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_values_order_idx\` ON \`_indicator_reports_v_version_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_values_parent_id_idx\` ON \`_indicator_reports_v_version_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_values_indicator_idx\` ON \`_indicator_reports_v_version_values\` (\`indicator_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicator_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_plan_id\` integer NOT NULL,
  	\`version_period_id\` integer NOT NULL,
  	\`version_org_unit_id\` integer NOT NULL,
  	\`version_notes\` text,
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_return_comment\` text,
  	\`version_late\` integer DEFAULT false,
  	\`version_submitted_at\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_reviewed_at\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_late_edit_allowed_until\` text,
  	\`version_late_edit_reason\` text,
  	\`version_late_edit_granted_by_id\` integer,
  	\`version_late_edit_granted_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicator_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_period_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_org_unit_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_late_edit_granted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_parent_idx\` ON \`_indicator_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_version_plan_idx\` ON \`_indicator_reports_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_version_period_idx\` ON \`_indicator_reports_v\` (\`version_period_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_version_org_unit_idx\` ON \`_indicator_reports_v\` (\`version_org_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_version_submitted_by_idx\` ON \`_indicator_reports_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_version_reviewed_by_idx\` ON \`_indicator_reports_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_late_edit_version_late_edit_idx\` ON \`_indicator_reports_v\` (\`version_late_edit_granted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_version_updated_at_idx\` ON \`_indicator_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_version_version_created_at_idx\` ON \`_indicator_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_created_at_idx\` ON \`_indicator_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_updated_at_idx\` ON \`_indicator_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_orgUnit_version_period_version_plan_idx\` ON \`_indicator_reports_v\` (\`version_org_unit_id\`,\`version_period_id\`,\`version_plan_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicator_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_indicator_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_order_idx\` ON \`_indicator_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_parent_idx\` ON \`_indicator_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_path_idx\` ON \`_indicator_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_media_id_idx\` ON \`_indicator_reports_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reporting_periods_id\` integer REFERENCES reporting_periods(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicator_reports_id\` integer REFERENCES indicator_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reporting_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`reporting_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicator_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reporting_periods\`;`)
  await db.run(sql`DROP TABLE \`indicator_reports_values\`;`)
  await db.run(sql`DROP TABLE \`indicator_reports\`;`)
  await db.run(sql`DROP TABLE \`indicator_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`_indicator_reports_v_version_values\`;`)
  await db.run(sql`DROP TABLE \`_indicator_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_indicator_reports_v_rels\`;`)
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
  	\`org_units_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaign_themes_id\`) REFERENCES \`campaign_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`org_units_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "plans_id", "campaigns_id", "campaign_themes_id", "media_id", "indicators_id", "org_units_id", "users_id") SELECT "id", "order", "parent_id", "path", "plans_id", "campaigns_id", "campaign_themes_id", "media_id", "indicators_id", "org_units_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_org_units_id_idx\` ON \`payload_locked_documents_rels\` (\`org_units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
