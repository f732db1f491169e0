import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { maxUploadBytes } from '../collections/Media/allowedTypes'
import { allowedOrigins } from './auth/allowedOrigins'
import { databaseAdapter } from './database'
import { emailAdapter } from './email/emailAdapter'
import { cmsDir, rootDir } from './paths'
import { duAn8Plugin } from './plugin'
import { defaultBuildsDir } from './siteBuilder/paths'
import { autoRebuildEnabled, requestFullSiteBuild, requestSiteRebuild } from './siteBuilder/rebuildQueue'
import { warmResidentRenderer } from './siteBuilder/residentRenderer'
import { payloadSecret } from './secret'

/**
 * The product's own host: Project 8 comes in through its plugin, as it does on any Payload site;
 * this config adds the database, mail, the public site's builder and the admin's settings.
 */
export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.CMS_PUBLIC_URL ?? '',
  csrf: allowedOrigins(),
  db: await databaseAdapter(),
  email: emailAdapter(),
  editor: lexicalEditor(),
  sharp,
  plugins: [
    duAn8Plugin({
      onSiteRebuild: ({ payload, reason, saved }) => requestSiteRebuild(payload, reason, saved),
      onPublisherLogin: () => {
        if (autoRebuildEnabled()) warmResidentRenderer(defaultBuildsDir)
      },
    }),
  ],
  // Wrong passwords and held logins are expected traffic: one line each, without a stack.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info' },
  i18n: {
    fallbackLanguage: 'vi',
    supportedLanguages: { vi, en },
  },
  admin: {
    user: 'users',
    // Payload's default asks gravatar.com for each officer's picture, sending a hash of their email.
    avatar: 'default',
    meta: { titleSuffix: ' · Dự án 8' },
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
    },
  },
  upload: {
    // One byte over the media limit so an oversized upload reaches our check and gets its message;
    // the whole request may carry one such file and its fields (Payload's default stops at 50 MB).
    limits: { fileSize: maxUploadBytes() + 1 },
    requestSizeLimit: maxUploadBytes() + 4 * 1024 * 1024,
  },
  typescript: { outputFile: path.join(rootDir, 'cms', 'payload-types.ts') },
  jobs: {
    // Scheduled publish/unpublish, the file sweep and the mail run inside the CMS server process
    // (crons start where Payload serves requests): no external cron needed.
    autoRun: process.env.PAYLOAD_DISABLE_JOBS === '1' ? [] : [{ cron: '* * * * *', queue: 'default', limit: 20 }],
  },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  // `npm start` serves the previous build at once and asks for a fresh one here, through the same
  // queue as publishing, so two builds never race to become live.
  onInit: (payload) => {
    if (process.env.SITE_REBUILD_ON_START === '1') requestFullSiteBuild(payload, 'khởi động / start')
  },
})
