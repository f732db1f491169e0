// The baseline of the serving benchmark (bench/serving.ts): Payload as its blank template ships
// it — users, one collection shaped like a plan's public fields, SQLite — and nothing of ours.
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

const dir = path.resolve(process.env.BARE_PAYLOAD_DIR ?? 'bench/barePayload')

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET ?? 'bare-payload-benchmark',
  db: sqliteAdapter({ client: { url: `file:${process.env.BARE_PAYLOAD_DB ?? path.join(dir, 'bare.db')}` } }),
  editor: lexicalEditor(),
  sharp,
  admin: { user: 'users', importMap: { baseDir: dir } },
  collections: [
    { slug: 'users', auth: true, fields: [] },
    {
      slug: 'plans',
      access: { read: () => true },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'slug', type: 'text' },
        { name: 'documentNumber', type: 'text' },
        { name: 'summary', type: 'textarea' },
        { name: 'body', type: 'richText' },
      ],
    },
  ],
})
