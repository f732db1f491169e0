import type { GlobalConfig } from 'payload'

/** Remembers which seed version completed, so content an editor deleted is never re-created. */
export const SeedState: GlobalConfig = {
  slug: 'seed-state',
  label: { vi: 'Trạng thái dữ liệu mẫu', en: 'Seed state' },
  admin: { hidden: true },
  fields: [
    { name: 'version', type: 'number', defaultValue: 0 },
    { name: 'completedAt', type: 'date' },
  ],
}
