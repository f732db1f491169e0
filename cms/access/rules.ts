import type { PayloadRequest, Where } from 'payload'

import { publicShowcase, judgeAssignment, contestIsBlind } from '../../collections/ContestEntries/access'
import { idOf } from '../../collections/fields/relations'
import { hasCollection } from '../plugin/installed'
import { currentUser } from './predicates'
import { unitTreeWhere } from './unitTree'
import { rewritePaths } from './where'

type Id = number | string
export type DocumentCheck = {
  req: PayloadRequest
  operation: 'read' | 'create' | 'update' | 'delete' | 'readVersions' | 'unlock'
  collection: string
  unitPath?: string
  data?: Record<string, unknown>
  id?: Id
}
export type FieldCheck = { req: PayloadRequest; doc?: Record<string, unknown> }

/**
 * A named rule: which documents it reaches (true, false or a query) and, for field rules,
 * whether it lets a user see or set a field of one document. `summary` is what the README's
 * role table says of it.
 */
export type Rule = {
  summary: { vi: string; en: string }
  documents?: (check: DocumentCheck) => boolean | Where | Promise<boolean | Where>
  field?: (check: FieldCheck) => boolean | Promise<boolean>
}

const selfId = (req: PayloadRequest) => currentUser(req)?.id ?? null

/**
 * The user's org unit and everything below it, as a query on the document's unit. Where a
 * create or update leaves the document is checked on the result about to be saved
 * (applyPolicy's keepInUnitTree), which also sees a restored version's unit.
 */
function withinUnitTree(check: DocumentCheck): boolean | Where {
  if (!check.unitPath) throw new Error(`unitTree needs a unitPath for ${check.collection}`)
  const scope = unitTreeWhere(check.req, check.unitPath)
  if (scope === false) return false
  return check.operation === 'create' ? true : scope
}

export const rules = {
  all: {
    summary: { vi: 'tất cả', en: 'all' },
    documents: () => true,
    field: () => true,
  },
  published: {
    summary: { vi: 'bản đã đăng', en: 'published' },
    documents: () => ({ _status: { equals: 'published' } }),
  },
  publicMedia: {
    summary: { vi: 'trong thư viện hoặc dùng trong nội dung đã đăng', en: 'in the library or used by published content' },
    documents: ({ req }): Where => ({
      or: [{ inLibrary: { equals: true } }, { publicUse: { equals: true } }, ...(hasCollection(req.payload, 'contest-entries') ? [{ showcaseOf: { exists: true } }] : [])],
    }),
  },
  entryFile: {
    summary: { vi: 'tệp của bài dự thi', en: 'files of contest entries' },
    documents: () => ({ entry: { exists: true } }),
  },
  assignedEntryFile: {
    summary: { vi: 'tệp của bài mình được phân công chấm', en: 'files of entries assigned to them' },
    documents: ({ req }) => {
      const assignment = judgeAssignment(req)
      // The judge's entry rule, asked of the entry the file belongs to.
      return assignment === false ? false : rewritePaths(assignment, (path) => `entry.${path}`)
    },
  },
  ownUpload: {
    summary: { vi: 'tệp mình tải lên', en: 'own uploads' },
    documents: ({ req }) => (selfId(req) == null ? false : { uploadedBy: { equals: selfId(req) } }),
  },
  unitTree: {
    summary: { vi: 'của đơn vị mình và cấp dưới', en: 'own unit and below' },
    documents: withinUnitTree,
  },
  self: {
    summary: { vi: 'tài khoản của mình', en: 'own account' },
    documents: ({ req }) => (selfId(req) == null ? false : { id: { equals: selfId(req) } }),
  },
  judgeAccount: {
    summary: { vi: 'tài khoản giám khảo', en: 'judge accounts' },
    documents: () => ({ role: { equals: 'judge' } }),
  },
  judgedContest: {
    summary: { vi: 'hội thi mình chấm', en: 'contests they judge' },
    documents: ({ req }) => (selfId(req) == null ? false : { judges: { equals: selfId(req) } }),
  },
  showcase: {
    summary: { vi: 'bài đạt giải, đã công bố, có đồng ý', en: 'awarded, results out, consented' },
    documents: () => publicShowcase,
  },
  assignedEntry: {
    summary: { vi: 'bài đã qua sơ khảo của hội thi mình chấm, trừ xã mình', en: 'screened entries of their contests, not their commune' },
    documents: ({ req }) => judgeAssignment(req),
  },
  ownSheet: {
    summary: { vi: 'phiếu chấm của mình', en: 'own score sheets' },
    // On create the sheet is bound to the judge and the assignment checked (ContestScores/checkSheet).
    documents: ({ req, operation }) => (selfId(req) == null ? false : operation === 'create' ? true : { judge: { equals: selfId(req) } }),
  },
  ownLock: {
    summary: { vi: 'khoá do mình giữ', en: 'own locks' },
    documents: ({ req }) => (selfId(req) == null ? false : { 'user.value': { equals: selfId(req) } }),
  },
  takeOverLock: {
    summary: { vi: 'nhận quyền sửa cho chính mình', en: 'take over for themselves' },
    documents: ({ req, data }) => {
      const user = data?.user as { value?: unknown } | undefined
      return selfId(req) != null && user != null && String(idOf(user.value)) === String(selfId(req))
    },
  },
  ownPreference: {
    summary: { vi: 'tuỳ chọn của mình', en: 'own preferences' },
    documents: ({ req, operation, data }) => {
      const self = selfId(req)
      if (self == null) return false
      if (operation === 'create') {
        const user = data?.user as { value?: unknown } | undefined
        return user == null || String(idOf(user.value)) === String(self)
      }
      return { 'user.value': { equals: self } }
    },
  },
  unlessBlind: {
    summary: { vi: 'trừ khi chấm ẩn danh', en: 'unless judging is blind' },
    field: async ({ req, doc }) => !(await contestIsBlind(req, doc?.contest)),
  },
  namesConsented: {
    summary: { vi: 'khi người gửi đồng ý công bố tên', en: 'when names may be shown' },
    field: ({ doc }) => (doc?.consent as { names?: boolean } | undefined)?.names === true,
  },
} satisfies Record<string, Rule>

export type RuleName = keyof typeof rules
