import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections, globals } from '../collections'
import { maxUploadBytes } from '../collections/Media/allowedTypes'
import { accessPolicy, applyPolicyToPayloadCollections, jobsAccess } from './access/applyPolicy'
import { allowedOrigins } from './auth/allowedOrigins'
import { databaseAdapter, databaseKind, sqliteBusyTimeoutMs } from './database'
import { serialiseSqliteWrites } from './sqliteWrites'
import { deferredFileDeletion } from './storage/deferredFileDeletion'
import { emailAdapter } from './email/emailAdapter'
import { contestReceiptTask, passwordResetTask, reportingNoticesTask, reportReturnedTask } from './email/tasks'
import { sweepUploadsTask } from './storage/sweepUploadsTask'
import { wellFormedRequests } from './errors/wellFormedRequests'
import { messages } from './i18n/messages'
import { seo } from './plugins/seo'
import { cmsDir, rootDir } from './paths'
import { requestFullSiteBuild } from './siteBuilder/rebuildQueue'
import { payloadSecret } from './secret'

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.CMS_PUBLIC_URL ?? '',
  csrf: allowedOrigins(),
  db: await databaseAdapter(),
  email: emailAdapter(),
  editor: lexicalEditor(),
  sharp,
  collections,
  globals,
  // The access policy goes last, so collections other plugins add get a row or stop the config.
  plugins: [seo, wellFormedRequests, deferredFileDeletion, accessPolicy],
  // Wrong passwords and held logins are expected traffic: one line each, without a stack.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info' },
  i18n: {
    fallbackLanguage: 'vi',
    supportedLanguages: { vi, en },
    translations: messages,
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
    tasks: [sweepUploadsTask, reportingNoticesTask, reportReturnedTask, contestReceiptTask, passwordResetTask],
    // Finished jobs go: their input may hold a reset token.
    deleteJobOnComplete: true,
    access: jobsAccess,
  },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  // `npm start` serves the previous build at once and asks for a fresh one here, through the same
  // queue as publishing, so two builds never race to become live.
  onInit: (payload) => {
    applyPolicyToPayloadCollections(payload)
    if (databaseKind() === 'sqlite') serialiseSqliteWrites(payload, sqliteBusyTimeoutMs)
    if (process.env.SITE_REBUILD_ON_START === '1') requestFullSiteBuild(payload, 'khởi động / start')
  },
})
