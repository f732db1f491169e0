import { RestoreRefused, restoreBackup } from '../backup/restoreBackup'
import { assertPortsFree } from '../runtime/portCheck'
import { cmsPort, host, sitePort } from '../runtime/ports'

// npm run restore -- <archive> [--replace]: with npm start stopped.
const args = process.argv.slice(2)
const archive = args.find((a) => !a.startsWith('--'))
const replace = args.includes('--replace')
try {
  if (!archive) throw new RestoreRefused('Cách dùng / usage: npm run restore -- <tệp .tar.gz> [--replace]')
  if (replace) {
    await assertPortsFree([{ port: cmsPort, setting: 'CMS_PORT' }, { port: sitePort, setting: 'SITE_PORT' }], host).catch(() => {
      throw new RestoreRefused('npm start có vẻ đang chạy (cổng đang được dùng): dừng nó trước khi khôi phục đè lên dữ liệu.')
    })
  }
  const { rows, files, seconds, manifest } = await restoreBackup(archive, { replace })
  console.log(`Đã khôi phục / restored ${archive} (bản ngày ${manifest.createdAt}): ${rows} dòng, ${files} tệp, khớp bản kê sha256, ${seconds.toFixed(1)} s`)
} catch (error) {
  console.error(`Khôi phục không thành công / restore failed: ${(error as Error).message}`)
  process.exitCode = 1
}
