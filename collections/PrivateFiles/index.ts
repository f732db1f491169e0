import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { systemOnly, userOrgUnitId } from '../../cms/access/predicates'
import { privateFilesDir } from '../../cms/paths'
import { allowedMimeTypes, mediaKindField } from '../Media/allowedTypes'
import { checkUploadBytes } from '../Media/hooks/checkUploadBytes'

/**
 * Stored under a random name (128 bits), so a file's address cannot be guessed from what the
 * person called it; the name they gave is kept as `originalName`.
 */
const randomiseFilename: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.file) {
    req.context.originalName = req.file.name
    req.file.name = `${randomBytes(16).toString('hex')}${path.extname(req.file.name).toLowerCase()}`
  }
  return args
}

/**
 * Files that belong to a contest entry (photos, documents sent with it) or to a report
 * (evidence: attendance lists, minutes): never public. They are served only through Payload's
 * file route after the policy's read check, as downloads that a browser will not render in
 * place. A showcase photo reaches the portal only as a public copy in the media library, made
 * when the submitter consented to images (collections/ContestEntries/hooks/showcaseCopies.ts).
 */
export const PrivateFiles: CollectionConfig = {
  slug: 'private-files',
  labels: { singular: { vi: 'Tệp riêng tư', en: 'Private file' }, plural: { vi: 'Tệp riêng tư (minh chứng, bài dự thi)', en: 'Private files' } },
  admin: {
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'kind', 'entry', 'report', 'createdAt'],
    group: { vi: 'Hệ thống', en: 'System' },
    description: {
      vi: 'Ảnh, tài liệu gửi kèm bài dự thi và minh chứng của báo cáo: không công khai, chỉ người được phân quyền tải về.',
      en: 'Files sent with contest entries and report evidence: never public, downloadable only by those the policy names.',
    },
  },
  hooks: {
    beforeOperation: [checkUploadBytes, randomiseFilename],
    beforeChange: [
      ({ data, req, operation }) => {
        if (operation === 'create') {
          data.originalName = (req.context.originalName as string | undefined) ?? data.filename
          data.uploadedBy = req.user?.id ?? null
        }
        return data
      },
    ],
  },
  upload: {
    staticDir: privateFilesDir,
    mimeTypes: [...allowedMimeTypes],
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  fields: [
    { name: 'originalName', type: 'text', label: { vi: 'Tên tệp gốc', en: 'Original name' }, access: systemOnly, admin: { readOnly: true } },
    { name: 'description', type: 'text', label: { vi: 'Mô tả', en: 'Description' } },
    mediaKindField,
    {
      name: 'orgUnit',
      type: 'relationship',
      relationTo: 'org-units',
      label: { vi: 'Đơn vị (minh chứng báo cáo)', en: 'Unit (report evidence)' },
      defaultValue: ({ req }) => userOrgUnitId(req) ?? undefined,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'entry', type: 'relationship', relationTo: 'contest-entries', label: { vi: 'Bài dự thi', en: 'Contest entry' }, access: systemOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'report', type: 'relationship', relationTo: 'indicator-reports', label: { vi: 'Báo cáo', en: 'Report' }, access: systemOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'uploadedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người tải lên', en: 'Uploaded by' }, access: systemOnly, admin: { position: 'sidebar', readOnly: true } },
  ],
}
