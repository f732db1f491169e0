import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { systemOnly } from '../../cms/access/predicates'
import { translate } from '../../cms/i18n/translate'
import { idOf } from '../fields/relations'
import { slugField } from '../fields/slug'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { entryStatuses, modelTypes } from './options'
import { entryFiles } from '../../cms/media/privateFileLinks'
import { showcaseCopiesAfterEntryChange, showcaseCopiesBeforeEntryDelete } from './hooks/showcaseCopies'

/** A screened-out entry says why; an awarded one names one of the contest's prizes; the commune is a commune. */
const checkDecision: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const d = { ...originalDoc, ...data } as Record<string, unknown>
  const errors: { path: string; message: string }[] = []
  if (d.status === 'screened-out' && !String(d.screeningReason ?? '').trim()) errors.push({ path: 'screeningReason', message: translate(req, 'entryScreenOutNeedsReason') })
  if (d.status === 'awarded') {
    const contest = await req.payload.findByID({ collection: 'contests', id: idOf(d.contest)!, depth: 0, draft: true, overrideAccess: true, req })
    const prizes = (contest.prizes ?? []).map((p) => p.name)
    if (!prizes.includes(String(d.prize ?? ''))) errors.push({ path: 'prize', message: translate(req, 'entryAwardNeedsPrize', { prizes: prizes.join(', ') || '—' }) })
  }
  const commune = idOf(d.commune)
  if (commune != null) {
    const unit = await req.payload.findByID({ collection: 'org-units', id: commune, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (unit?.level !== 'commune') errors.push({ path: 'commune', message: translate(req, 'entryCommuneOnly') })
  }
  if (errors.length) throw new ValidationError({ collection: 'contest-entries', errors }, req.t)
  return data
}

/**
 * An entry documenting an innovative model. The submitter's contact is private (organisers
 * only); names and images are shown publicly only with their separate consent.
 */
export const ContestEntries: CollectionConfig = {
  slug: 'contest-entries',
  labels: { singular: { vi: 'Bài dự thi', en: 'Contest entry' }, plural: { vi: 'Bài dự thi', en: 'Contest entries' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'contest', 'modelType', 'commune', 'status'], group: { vi: 'Hội thi', en: 'Contests' } },
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeChange: [checkDecision, entryFiles.check],
    afterChange: [entryFiles.link, showcaseCopiesAfterEntryChange, rebuildSiteAfterChange],
    beforeDelete: [showcaseCopiesBeforeEntryDelete],
    afterDelete: [rebuildSiteAfterDelete],
  },
  fields: [
    { name: 'contest', type: 'relationship', relationTo: 'contests', required: true, label: { vi: 'Hội thi', en: 'Contest' } },
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên mô hình, sáng kiến', en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'modelType', type: 'select', required: true, options: [...modelTypes], label: { vi: 'Loại mô hình', en: 'Model type' } },
        { name: 'commune', type: 'relationship', relationTo: 'org-units', filterOptions: { level: { equals: 'commune' } }, label: { vi: 'Xã', en: 'Commune' } },
      ],
    },
    { name: 'team', type: 'text', label: { vi: 'Tổ, nhóm, đơn vị thực hiện', en: 'Team or organisation' } },
    { name: 'description', type: 'textarea', required: true, label: { vi: 'Mô tả mô hình', en: 'Description' } },
    { name: 'whatChanged', type: 'textarea', label: { vi: 'Điều gì đã thay đổi (“nếp nghĩ, cách làm”)', en: 'What changed' } },
    { name: 'impactEvidence', type: 'textarea', label: { vi: 'Minh chứng hiệu quả', en: 'Evidence of impact' } },
    { name: 'files', type: 'upload', relationTo: 'private-files', hasMany: true, label: { vi: 'Ảnh, tài liệu (không công khai)', en: 'Images and documents (private)' } },
    {
      name: 'showcaseImages',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { vi: 'Bản công khai của ảnh, tài liệu (khi được đồng ý)', en: 'Public copies (with consent)' },
      access: systemOnly,
      admin: { readOnly: true, description: { vi: 'Tự động tạo khi bài đạt giải, đã công bố kết quả và người gửi đồng ý công bố ảnh; tự xoá khi không còn đủ điều kiện.', en: 'Made when the entry is awarded, results are out and images may be shown; removed when that stops.' } },
    },
    {
      name: 'consent',
      type: 'group',
      label: { vi: 'Đồng ý công bố', en: 'Consent to publish' },
      fields: [
        { name: 'text', type: 'checkbox', defaultValue: false, label: { vi: 'Nội dung mô tả', en: 'The description' } },
        { name: 'images', type: 'checkbox', defaultValue: false, label: { vi: 'Ảnh, tài liệu', en: 'Images and documents' } },
        { name: 'names', type: 'checkbox', defaultValue: false, label: { vi: 'Tên người, tổ nhóm', en: 'Names' } },
      ],
    },
    {
      name: 'submitter',
      type: 'group',
      label: { vi: 'Người gửi (không công khai)', en: 'Submitter (private)' },
      fields: [
        { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Name' } },
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
      ],
    },
    { name: 'receiptCode', type: 'text', unique: true, index: true, label: { vi: 'Mã biên nhận', en: 'Receipt code' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'status', type: 'select', required: true, defaultValue: 'submitted', options: [...entryStatuses], label: { vi: 'Trạng thái', en: 'Status' }, admin: { position: 'sidebar' } },
    { name: 'screeningReason', type: 'textarea', label: { vi: 'Lý do (sơ khảo)', en: 'Screening reason' }, admin: { position: 'sidebar' } },
    { name: 'prize', type: 'text', label: { vi: 'Giải đạt được', en: 'Prize' }, admin: { position: 'sidebar' } },
    { name: 'writeUp', type: 'richText', label: { vi: 'Bài giới thiệu mô hình (ban tổ chức viết)', en: 'Write-up (by the organisers)' } },
    slugField(),
  ],
}
