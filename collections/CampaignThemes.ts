import type { CollectionConfig } from 'payload'

import { slugField } from './fields/slug'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from './hooks/rebuildSite'

/** The managed list of campaign themes, so filters and reports group by the same words. */
export const CampaignThemes: CollectionConfig = {
  slug: 'campaign-themes',
  labels: {
    singular: { vi: 'Chủ đề truyền thông', en: 'Campaign theme' },
    plural: { vi: 'Chủ đề truyền thông', en: 'Campaign themes' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: { vi: 'Danh mục', en: 'Catalogues' } },
  hooks: { afterChange: [rebuildSiteAfterChange], afterDelete: [rebuildSiteAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { vi: 'Tên chủ đề', en: 'Name' } },
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
    slugField('name'),
  ],
}
