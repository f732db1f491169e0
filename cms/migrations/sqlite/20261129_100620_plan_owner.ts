import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`plans\` ADD \`owner_id\` integer REFERENCES org_units(id);`)
  await db.run(sql`CREATE INDEX \`plans_owner_idx\` ON \`plans\` (\`owner_id\`);`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_owner_id\` integer REFERENCES org_units(id);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_owner_idx\` ON \`_plans_v\` (\`version_owner_id\`);`)
  // Installs seeded before plans had owners: the seeded plan belongs to the district union that issued it.
  await db.run(sql`UPDATE \`plans\` SET \`owner_id\` = (SELECT \`id\` FROM \`org_units\` WHERE \`level\` = 'district' AND \`name\` = 'Huyện Như Thanh' LIMIT 1) WHERE \`slug\` = 'ke-hoach-thuc-hien-du-an-8-huyen-nhu-thanh' AND \`owner_id\` IS NULL;`)
  await db.run(sql`UPDATE \`_plans_v\` SET \`version_owner_id\` = (SELECT \`owner_id\` FROM \`plans\` WHERE \`plans\`.\`id\` = \`_plans_v\`.\`parent_id\`) WHERE \`version_owner_id\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`document_number\` text,
  	\`issued_at\` text,
  	\`place\` text,
  	\`issuing_body\` text,
  	\`parent_body\` text,
  	\`signer_name\` text,
  	\`signer_position\` text,
  	\`period_start_year\` numeric,
  	\`period_end_year\` numeric,
  	\`beneficiaries\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_plans\`("id", "title", "summary", "document_number", "issued_at", "place", "issuing_body", "parent_body", "signer_name", "signer_position", "period_start_year", "period_end_year", "beneficiaries", "body", "slug", "published_at", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "summary", "document_number", "issued_at", "place", "issuing_body", "parent_body", "signer_name", "signer_position", "period_start_year", "period_end_year", "beneficiaries", "body", "slug", "published_at", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`plans\`;`)
  await db.run(sql`DROP TABLE \`plans\`;`)
  await db.run(sql`ALTER TABLE \`__new_plans\` RENAME TO \`plans\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_slug_idx\` ON \`plans\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`plans_meta_meta_image_idx\` ON \`plans\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_updated_at_idx\` ON \`plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_created_at_idx\` ON \`plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`plans__status_idx\` ON \`plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_document_number\` text,
  	\`version_issued_at\` text,
  	\`version_place\` text,
  	\`version_issuing_body\` text,
  	\`version_parent_body\` text,
  	\`version_signer_name\` text,
  	\`version_signer_position\` text,
  	\`version_period_start_year\` numeric,
  	\`version_period_end_year\` numeric,
  	\`version_beneficiaries\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__plans_v\`("id", "parent_id", "version_title", "version_summary", "version_document_number", "version_issued_at", "version_place", "version_issuing_body", "version_parent_body", "version_signer_name", "version_signer_position", "version_period_start_year", "version_period_end_year", "version_beneficiaries", "version_body", "version_slug", "version_published_at", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_summary", "version_document_number", "version_issued_at", "version_place", "version_issuing_body", "version_parent_body", "version_signer_name", "version_signer_position", "version_period_start_year", "version_period_end_year", "version_beneficiaries", "version_body", "version_slug", "version_published_at", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_plans_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__plans_v\` RENAME TO \`_plans_v\`;`)
  await db.run(sql`CREATE INDEX \`_plans_v_parent_idx\` ON \`_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_slug_idx\` ON \`_plans_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_meta_version_meta_image_idx\` ON \`_plans_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_updated_at_idx\` ON \`_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_created_at_idx\` ON \`_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version__status_idx\` ON \`_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_created_at_idx\` ON \`_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_updated_at_idx\` ON \`_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_latest_idx\` ON \`_plans_v\` (\`latest\`);`)
}
