// Fills the bare app with the documents given (a JSON array of plans), through its Local API.
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from './payload.config'

const docs = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as Record<string, unknown>[]
const payload = await getPayload({ config })
for (const doc of docs) {
  await payload.create({ collection: 'plans', data: { title: doc.title, slug: doc.slug, documentNumber: doc.documentNumber, summary: doc.summary, body: doc.body } as never })
}
await payload.destroy()
process.exit(0)
