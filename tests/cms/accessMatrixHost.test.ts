import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { describe } from 'vitest'

import { hostPages, hostUsers, startHostPayload } from '../helpers/hostPayload'
import { describeAccessMatrix } from './accessMatrix.suite'

// The plugin on a host's config: the host's own users (with the plugin's role and org unit) and
// pages, every part on. On SQLite; the product's config has its matrix on PostgreSQL.
describe.runIf(process.env.TEST_DB === 'sqlite')("the access matrix on a host's users", () => {
  describeAccessMatrix({
    start: () => startHostPayload({ collections: [hostUsers, hostPages], editor: lexicalEditor(), i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' } }),
    hostCollections: ['users', 'pages'],
  })
})
