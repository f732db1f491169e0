/**
 * `npm run dev`: the same two servers with hot reload (Next dev for the admin, Astro dev for the
 * portal). The database is migrated and seeded exactly as `npm start` does; there is no schema push.
 */

import { rootDir } from '../paths'
import { cmsPort, cmsUrl, host, sitePort, siteUrl } from '../runtime/ports'
import { astroBin, exitWhenAnyDies, nextBin, nextEnv, runStep, startService, stopAll, stopAllOnSignal, scriptArgs, waitForHttp } from '../runtime/services'

process.env.APP_ROOT = rootDir
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.ASTRO_TELEMETRY_DISABLED = '1'
process.env.CMS_PUBLIC_URL ??= cmsUrl
stopAllOnSignal()

async function main(): Promise<void> {
  await runStep('db', scriptArgs('prepare'))
  const cms = startService('cms', [nextBin, 'dev', 'cms', '-p', String(cmsPort), '-H', host], nextEnv)
  const site = startService('site', [astroBin, 'dev', '--port', String(sitePort), '--host', host])
  exitWhenAnyDies([cms, site])
  await Promise.all([waitForHttp(`${cmsUrl}/admin/login`, 300_000), waitForHttp(`${siteUrl}/`, 300_000)])
  console.log(`\nChế độ phát triển / dev mode:\n  Trang quản trị (admin):  ${cmsUrl}/admin\n  Cổng thông tin (portal): ${siteUrl}/\n`)
}

main().catch((error: Error) => {
  console.error(`\n${error.message}`)
  stopAll(1)
})
