/**
 * `npm start`: production mode on one machine. Migrates and seeds the database, builds the admin
 * (only when its sources changed) and the public site, then serves both until Ctrl-C.
 */
import '../runtime/requireNode.mjs'

import { smtpMissingWarning } from '../email/smtpWarning'
import { adminBuildIsCurrent, adminSourceFingerprint, recordAdminBuild } from '../runtime/nextBuild'
import { cmsPort, cmsUrl, host, sitePort, siteUrl } from '../runtime/ports'
import { assertPortsFree } from '../runtime/portCheck'
import { nextBin, nextEnv, runStep, scriptArgs, stopAll, stopAllOnSignal, waitForHttp } from '../runtime/services'
import { supervise } from '../runtime/supervise'
import { buildSite, currentBuildDir, removeInterruptedBuilds } from '../siteBuilder/buildSite'
import { rootDir } from '../paths'

Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.APP_ROOT = rootDir
process.env.CMS_PUBLIC_URL ??= cmsUrl
stopAllOnSignal()
const started = Date.now()
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

async function main(): Promise<void> {
  await assertPortsFree([{ port: cmsPort, setting: 'CMS_PORT' }, { port: sitePort, setting: 'SITE_PORT' }], host)
  await removeInterruptedBuilds()
  await runStep('db', scriptArgs('prepare'))

  const fingerprint = adminSourceFingerprint()
  if (!adminBuildIsCurrent(fingerprint)) {
    console.log('Đang dựng trang quản trị (lần đầu mất khoảng 1 phút) / building the admin…')
    await runStep('admin-build', [nextBin, 'build', 'cms'], nextEnv)
    recordAdminBuild(fingerprint)
  }

  // A previous build is served at once and the CMS queues a fresh one when it starts; a first start waits for one.
  const previousBuild = await currentBuildDir()
  let built = Boolean(previousBuild)
  // A server restarted after a crash finds a build in place and queues a fresh one itself.
  supervise('cms', scriptArgs('serveAdmin'), () => ({
    ...nextEnv,
    HOST: host,
    PORT: String(cmsPort),
    SITE_AUTO_REBUILD: '1',
    SITE_REBUILD_ON_START: built ? '1' : '0',
  }))
  if (!previousBuild) {
    console.log('Đang dựng cổng thông tin / building the public site…')
    const build = await buildSite()
    if (!build.ok) throw new Error(`Dựng cổng thông tin thất bại / site build failed:\n${build.error}`)
    built = true
  }

  supervise('site', scriptArgs('serveSite'), () => ({ HOST: host, PORT: String(sitePort) }))
  await Promise.all([waitForHttp(`${cmsUrl}/admin/login`), waitForHttp(`${siteUrl}/`)])
  console.log(
    [
      '',
      `Sẵn sàng sau ${seconds()} / ready:`,
      `  Trang quản trị (admin):      ${cmsUrl}/admin`,
      `  Cổng thông tin (portal):     ${siteUrl}/`,
      'Nhấn Ctrl-C để dừng / press Ctrl-C to stop.',
      ...(process.env.SMTP_URL ? [] : ['', smtpMissingWarning]),
      '',
    ].join('\n'),
  )
}

main().catch((error: Error) => {
  console.error(`\n${error.message}`)
  stopAll(1)
})
