import type { CollectionConfig } from 'payload'
import { date, relationship } from 'payload/shared'

import { translate } from '../cms/i18n/translate'
import { alsoValidate } from './fields/validation'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from './hooks/rebuildSite'

export const orgUnitLevels = ['province', 'district', 'commune', 'village'] as const
export type OrgUnitLevel = (typeof orgUnitLevels)[number]

const levelLabels: Record<OrgUnitLevel, { vi: string; en: string }> = {
  province: { vi: 'Tỉnh/Thành phố', en: 'Province' },
  district: { vi: 'Huyện/Thị xã', en: 'District' },
  commune: { vi: 'Xã/Phường/Thị trấn', en: 'Commune' },
  village: { vi: 'Thôn/Bản/Tổ dân phố', en: 'Village' },
}

/**
 * The parent sits exactly one level up, except that after the 2025 reform a commune may hang
 * directly under its province (districts were abolished).
 */
const validateParent = alsoValidate<unknown, { level?: OrgUnitLevel }>(relationship, async (value, { siblingData, req, id }) => {
  const level = siblingData.level
  if (!level) return true
  if (value == null) return level === 'province' ? true : translate(req, 'parentRequired')
  if (level === 'province') return translate(req, 'provinceHasNoParent')
  const parentId = typeof value === 'object' ? (value as { id: number | string }).id : value
  if (id != null && String(parentId) === String(id)) return translate(req, 'parentIsSelf')
  const parent = await req.payload
    .findByID({ collection: 'org-units', id: parentId as number, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  if (!parent) return true // the built-in relationship check has already reported a missing unit
  const allowed: Record<Exclude<OrgUnitLevel, 'province'>, OrgUnitLevel[]> = {
    district: ['province'],
    commune: ['district', 'province'],
    village: ['commune'],
  }
  return allowed[level].includes(parent.level as OrgUnitLevel) ? true : translate(req, 'parentLevelMismatch')
})

export const OrgUnits: CollectionConfig = {
  slug: 'org-units',
  labels: {
    singular: { vi: 'Đơn vị hành chính', en: 'Org unit' },
    plural: { vi: 'Đơn vị hành chính', en: 'Org units' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'parent', 'code', 'validTo'],
    group: { vi: 'Danh mục', en: 'Catalogues' },
  },
  hooks: { afterChange: [rebuildSiteAfterChange], afterDelete: [rebuildSiteAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên đơn vị', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      index: true,
      label: { vi: 'Mã đơn vị (mã GSO nếu có)', en: 'Code (GSO code where known)' },
    },
    {
      name: 'level',
      type: 'select',
      required: true,
      label: { vi: 'Cấp', en: 'Level' },
      options: orgUnitLevels.map((value) => ({ value, label: levelLabels[value] })),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'org-units',
      label: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
      validate: validateParent,
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', label: { vi: 'Hiệu lực từ', en: 'Valid from' } },
        {
          name: 'validTo',
          type: 'date',
          label: { vi: 'Hiệu lực đến', en: 'Valid to' },
          validate: alsoValidate<string, { validFrom?: string }>(date, (value, { siblingData, req }) =>
            value && siblingData.validFrom && new Date(value) <= new Date(siblingData.validFrom)
              ? translate(req, 'validToBeforeValidFrom')
              : true,
          ),
        },
      ],
    },
    {
      name: 'successors',
      type: 'relationship',
      relationTo: 'org-units',
      hasMany: true,
      label: { vi: 'Đơn vị kế thừa (sau sáp nhập)', en: 'Successor units (after merger)' },
      admin: {
        description: {
          vi: 'Khi đơn vị bị giải thể hoặc sáp nhập, số liệu cũ được cộng dồn vào đơn vị kế thừa.',
          en: 'When a unit is abolished or merged, its history rolls up into its successors.',
        },
      },
    },
    {
      name: 'especiallyDifficult',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Địa bàn đặc biệt khó khăn', en: 'Especially difficult area' },
    },
    {
      name: 'projectArea',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Địa bàn triển khai Dự án 8', en: 'Project 8 area' },
    },
    {
      name: 'ethnicGroups',
      type: 'text',
      hasMany: true,
      label: { vi: 'Dân tộc', en: 'Ethnic groups' },
    },
  ],
}
