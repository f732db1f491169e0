import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { moveToPrivateFiles } from '../moveToPrivateFiles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`private_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`original_name\` text,
  	\`description\` text,
  	\`kind\` text,
  	\`org_unit_id\` integer,
  	\`entry_id\` integer,
  	\`report_id\` integer,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`org_unit_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`entry_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`indicator_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`private_files_org_unit_idx\` ON \`private_files\` (\`org_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`private_files_entry_idx\` ON \`private_files\` (\`entry_id\`);`)
  await db.run(sql`CREATE INDEX \`private_files_report_idx\` ON \`private_files\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`private_files_uploaded_by_idx\` ON \`private_files\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`private_files_updated_at_idx\` ON \`private_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`private_files_created_at_idx\` ON \`private_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`private_files_filename_idx\` ON \`private_files\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_use\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`showcase_of_id\` integer REFERENCES contest_entries(id);`)
  await db.run(sql`CREATE INDEX \`media_showcase_of_idx\` ON \`media\` (\`showcase_of_id\`);`)
  await db.run(sql`ALTER TABLE \`contest_entries_rels\` ADD \`private_files_id\` integer REFERENCES private_files(id);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_private_files_id_idx\` ON \`contest_entries_rels\` (\`private_files_id\`);`)
  await db.run(sql`ALTER TABLE \`_contest_entries_v_rels\` ADD \`private_files_id\` integer REFERENCES private_files(id);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_rels_private_files_id_idx\` ON \`_contest_entries_v_rels\` (\`private_files_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`private_files_id\` integer REFERENCES private_files(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_private_files_id_idx\` ON \`payload_locked_documents_rels\` (\`private_files_id\`);`)
  // Entry files and report evidence leave the public media collection (cms/migrations/moveToPrivateFiles.ts)
  // while the report relation tables still have their media column; the rebuild below keeps what it sets.
  await db.run(sql`ALTER TABLE \`indicator_reports_rels\` ADD \`private_files_id\` integer;`)
  await db.run(sql`ALTER TABLE \`_indicator_reports_v_rels\` ADD \`private_files_id\` integer;`)
  const moved = await moveToPrivateFiles(payload, req, {
    sql,
    rows: async (query) => (await db.all(query)) as Record<string, unknown>[],
    run: async (query) => {
      await db.run(query)
    },
  })
  payload.logger.info(`private files: ${moved.moved} copied out of media, ${moved.mediaHidden} media items taken out of the library`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_indicator_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`private_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicator_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`private_files_id\`) REFERENCES \`private_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_indicator_reports_rels\`("id", "order", "parent_id", "path", "private_files_id") SELECT "id", "order", "parent_id", "path", "private_files_id" FROM \`indicator_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`indicator_reports_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_indicator_reports_rels\` RENAME TO \`indicator_reports_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_order_idx\` ON \`indicator_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_parent_idx\` ON \`indicator_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_path_idx\` ON \`indicator_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_private_files_id_idx\` ON \`indicator_reports_rels\` (\`private_files_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__indicator_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`private_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_indicator_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`private_files_id\`) REFERENCES \`private_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__indicator_reports_v_rels\`("id", "order", "parent_id", "path", "private_files_id") SELECT "id", "order", "parent_id", "path", "private_files_id" FROM \`_indicator_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_indicator_reports_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__indicator_reports_v_rels\` RENAME TO \`_indicator_reports_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_order_idx\` ON \`_indicator_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_parent_idx\` ON \`_indicator_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_path_idx\` ON \`_indicator_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_private_files_id_idx\` ON \`_indicator_reports_v_rels\` (\`private_files_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`private_files\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`credit\` text,
  	\`language\` text DEFAULT 'vi',
  	\`kind\` text,
  	\`transcript\` text,
  	\`poster_id\` integer,
  	\`licence\` text DEFAULT 'project',
  	\`in_library\` integer DEFAULT true,
  	\`page_count\` numeric,
  	\`consent\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_small_url\` text,
  	\`sizes_small_width\` numeric,
  	\`sizes_small_height\` numeric,
  	\`sizes_small_mime_type\` text,
  	\`sizes_small_filesize\` numeric,
  	\`sizes_small_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_full_url\` text,
  	\`sizes_full_width\` numeric,
  	\`sizes_full_height\` numeric,
  	\`sizes_full_mime_type\` text,
  	\`sizes_full_filesize\` numeric,
  	\`sizes_full_filename\` text,
  	\`sizes_small_avif_url\` text,
  	\`sizes_small_avif_width\` numeric,
  	\`sizes_small_avif_height\` numeric,
  	\`sizes_small_avif_mime_type\` text,
  	\`sizes_small_avif_filesize\` numeric,
  	\`sizes_small_avif_filename\` text,
  	\`sizes_card_avif_url\` text,
  	\`sizes_card_avif_width\` numeric,
  	\`sizes_card_avif_height\` numeric,
  	\`sizes_card_avif_mime_type\` text,
  	\`sizes_card_avif_filesize\` numeric,
  	\`sizes_card_avif_filename\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "caption", "credit", "language", "kind", "transcript", "poster_id", "licence", "in_library", "page_count", "consent", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_small_url", "sizes_small_width", "sizes_small_height", "sizes_small_mime_type", "sizes_small_filesize", "sizes_small_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_full_url", "sizes_full_width", "sizes_full_height", "sizes_full_mime_type", "sizes_full_filesize", "sizes_full_filename", "sizes_small_avif_url", "sizes_small_avif_width", "sizes_small_avif_height", "sizes_small_avif_mime_type", "sizes_small_avif_filesize", "sizes_small_avif_filename", "sizes_card_avif_url", "sizes_card_avif_width", "sizes_card_avif_height", "sizes_card_avif_mime_type", "sizes_card_avif_filesize", "sizes_card_avif_filename") SELECT "id", "alt", "caption", "credit", "language", "kind", "transcript", "poster_id", "licence", "in_library", "page_count", "consent", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_small_url", "sizes_small_width", "sizes_small_height", "sizes_small_mime_type", "sizes_small_filesize", "sizes_small_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_full_url", "sizes_full_width", "sizes_full_height", "sizes_full_mime_type", "sizes_full_filesize", "sizes_full_filename", "sizes_small_avif_url", "sizes_small_avif_width", "sizes_small_avif_height", "sizes_small_avif_mime_type", "sizes_small_avif_filesize", "sizes_small_avif_filename", "sizes_card_avif_url", "sizes_card_avif_width", "sizes_card_avif_height", "sizes_card_avif_mime_type", "sizes_card_avif_filesize", "sizes_card_avif_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_poster_idx\` ON \`media\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_small_sizes_small_filename_idx\` ON \`media\` (\`sizes_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_full_sizes_full_filename_idx\` ON \`media\` (\`sizes_full_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_small_avif_sizes_small_avif_filename_idx\` ON \`media\` (\`sizes_small_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_avif_sizes_card_avif_filename_idx\` ON \`media\` (\`sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_indicator_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicator_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_indicator_reports_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`indicator_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`indicator_reports_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_indicator_reports_rels\` RENAME TO \`indicator_reports_rels\`;`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_order_idx\` ON \`indicator_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_parent_idx\` ON \`indicator_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_path_idx\` ON \`indicator_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`indicator_reports_rels_media_id_idx\` ON \`indicator_reports_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__indicator_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_indicator_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__indicator_reports_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_indicator_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_indicator_reports_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__indicator_reports_v_rels\` RENAME TO \`_indicator_reports_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_order_idx\` ON \`_indicator_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_parent_idx\` ON \`_indicator_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_path_idx\` ON \`_indicator_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_indicator_reports_v_rels_media_id_idx\` ON \`_indicator_reports_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_contest_entries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contest_entries_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`contest_entries_rels\`;`)
  await db.run(sql`DROP TABLE \`contest_entries_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_contest_entries_rels\` RENAME TO \`contest_entries_rels\`;`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_order_idx\` ON \`contest_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_parent_idx\` ON \`contest_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_path_idx\` ON \`contest_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_media_id_idx\` ON \`contest_entries_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__contest_entries_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contest_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__contest_entries_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_contest_entries_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_contest_entries_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__contest_entries_v_rels\` RENAME TO \`_contest_entries_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_rels_order_idx\` ON \`_contest_entries_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_rels_parent_idx\` ON \`_contest_entries_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_rels_path_idx\` ON \`_contest_entries_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_contest_entries_v_rels_media_id_idx\` ON \`_contest_entries_v_rels\` (\`media_id\`);`)
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
  	\`approved_values_id\` integer,
  	\`progress_summaries_id\` integer,
  	\`contests_id\` integer,
  	\`contest_entries_id\` integer,
  	\`contest_scores_id\` integer,
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
  	FOREIGN KEY (\`approved_values_id\`) REFERENCES \`approved_values\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`progress_summaries_id\`) REFERENCES \`progress_summaries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contests_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_entries_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_scores_id\`) REFERENCES \`contest_scores\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`org_units_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "plans_id", "campaigns_id", "campaign_themes_id", "media_id", "indicators_id", "reporting_periods_id", "indicator_reports_id", "approved_values_id", "progress_summaries_id", "contests_id", "contest_entries_id", "contest_scores_id", "org_units_id", "users_id") SELECT "id", "order", "parent_id", "path", "plans_id", "campaigns_id", "campaign_themes_id", "media_id", "indicators_id", "reporting_periods_id", "indicator_reports_id", "approved_values_id", "progress_summaries_id", "contests_id", "contest_entries_id", "contest_scores_id", "org_units_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approved_values_id_idx\` ON \`payload_locked_documents_rels\` (\`approved_values_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_summaries_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_summaries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contests_id_idx\` ON \`payload_locked_documents_rels\` (\`contests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_scores_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_scores_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_org_units_id_idx\` ON \`payload_locked_documents_rels\` (\`org_units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
