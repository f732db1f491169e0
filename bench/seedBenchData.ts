/**
 * Child process of bench/siteBuild.ts: fills the database named by DATABASE_URI with the seed
 * plus published campaigns number `from` to `to` − 1 of `total` (each with an image); the process
 * that saves the last one writes the site's query results to a JSON snapshot, so the same pages
 * can be built without the CMS. Usage: seedBenchData.ts <total> <snapshot> [from] [to].
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { prepareDatabase } from '../cms/prepareDatabase'
import { loadPublishedCampaignDocs } from '../site/lib/campaigns'
import { loadLibraryDocs } from '../site/lib/mediaLibrary'
import { loadPublishedPlanDocs } from '../site/lib/plans'
import { loadCommuneDocs } from '../site/lib/communes'
import { loadContestData } from '../site/lib/contests'
import { loadPublishedCourseDocs } from '../site/lib/courses'
import { loadPublishedSummaryDocs } from '../site/lib/progress'
import { loadSiteSettingsDoc } from '../site/lib/settings'
import { photoLikeImage, uploadFile } from '../tests/helpers/files'

const total = Number(process.argv[2])
const snapshotFile = process.argv[3]!
const from = Number(process.argv[4] ?? 0)
const to = Math.min(total, Number(process.argv[5] ?? total))
const payload = await getPayload({ config })
if (from === 0) await prepareDatabase(payload, () => {})
const themes = (await payload.find({ collection: 'campaign-themes', limit: 100 })).docs.map((t) => t.id as number)
const communes = (await payload.find({ collection: 'org-units', where: { level: { equals: 'commune' } }, limit: 100 })).docs.map((c) => c.id as number)
const alt = 'Buổi truyền thông tại nhà văn hóa thôn'
const image =
  (await payload.find({ collection: 'media', where: { alt: { equals: alt } }, limit: 1 })).docs[0] ??
  (await payload.create({ collection: 'media', data: { alt }, file: uploadFile(await photoLikeImage(1600, 1200), 'bench.jpg', 'image/jpeg') }))
const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] })
for (let i = from; i < to; i += 1) {
  // @libsql/client 0.14 keeps each transaction's connection (a file descriptor) until garbage
  // collection: collected now and then, in processes of a few thousand saves each.
  if (i % 500 === 499) (globalThis as { gc?: () => void }).gc?.()
  await payload.create({
    collection: 'campaigns',
    data: {
      _status: 'published',
      title: `Chiến dịch truyền thông số ${i + 1} về bình đẳng giới`,
      summary: 'Tuyên truyền thay đổi “nếp nghĩ, cách làm” tại thôn bản đặc biệt khó khăn.',
      themes: [themes[i % themes.length]!],
      orgUnits: [communes[i % communes.length]!],
      gallery: [image.id as number],
      channels: ['loudspeaker', 'zalo'],
      reach: { sessions: 3, participantsFemale: 40 + (i % 50), participantsMale: 20 },
      body: { root: { type: 'root', version: 1, children: [paragraph('Nội dung chiến dịch. '.repeat(20)), paragraph('Kết quả và bài học.')] } } as never,
      publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    },
  })
}
if (to < total) process.exit(0)
const snapshot = {
  campaigns: await loadPublishedCampaignDocs(),
  plans: await loadPublishedPlanDocs(),
  settings: await loadSiteSettingsDoc(),
  library: await loadLibraryDocs(),
  progressSummaries: await loadPublishedSummaryDocs(),
  contests: await loadContestData(),
  communes: await loadCommuneDocs(),
  courses: await loadPublishedCourseDocs(),
}
fs.writeFileSync(snapshotFile, JSON.stringify(snapshot))
process.exit(0)
