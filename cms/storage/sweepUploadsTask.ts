import type { TaskConfig } from 'payload'

import { sweepUploads } from './sweepUploads'

/** Every hour, in the CMS server's job queue (payload.config.ts `jobs`). */
export const sweepUploadsTask: TaskConfig = {
  slug: 'sweepUploads',
  label: 'Dọn tệp không thuộc dòng nào / Sweep unreferenced files',
  schedule: [{ cron: '23 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const counts = await sweepUploads(req.payload)
    const changed = Object.entries(counts).filter(([, c]) => c.setAside + c.restored + c.removed > 0)
    for (const [slug, c] of changed) {
      req.payload.logger.info(`Dọn tệp ${slug}: ${c.setAside} tệp không thuộc dòng nào được để riêng, ${c.restored} trả lại, ${c.removed} xoá hẳn`)
    }
    return { output: {} }
  },
}
