import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, inject, it } from 'vitest'

import { buildLinks } from '../../cms/siteBuilder/paths'
import { buildSite, currentBuildDir } from '../../cms/siteBuilder/buildSite'

const root = path.resolve(import.meta.dirname, '..', '..')
fs.mkdirSync(path.join(root, '.site-builds'), { recursive: true })
const buildsDir = fs.mkdtempSync(path.join(root, '.site-builds', 'test-builder-'))
afterAll(() => fs.rmSync(buildsDir, { recursive: true, force: true }))

const buildFolders = () => fs.readdirSync(buildsDir).filter((name) => name.startsWith('build-'))

describe('the site builder', () => {
  it('builds into a fresh folder and makes it live only when the build succeeded', async () => {
    const first = await buildSite({ buildsDir, env: inject('siteEnv') })
    expect(first.ok).toBe(true)
    const live = await currentBuildDir(buildsDir)
    expect(live).toBe(fs.realpathSync((first as { dir: string }).dir))
    expect(fs.existsSync(path.join(live!, 'client', 'ke-hoach', 'index.html'))).toBe(true)
    expect(fs.existsSync(path.join(live!, '.complete'))).toBe(true)

    const broken = await buildSite({ buildsDir, env: { ...inject('siteEnv'), DATABASE_URI: 'ftp://nowhere/db' } })
    expect(broken.ok).toBe(false)
    expect((broken as { error: string }).error).toContain('DATABASE_URI')
    expect(await currentBuildDir(buildsDir)).toBe(live)
    expect(buildFolders()).toEqual([path.basename(live!)]) // the failed build's folder and its .builder note are gone

    const second = await buildSite({ buildsDir, env: inject('siteEnv') })
    expect(second.ok).toBe(true)
    expect(fs.realpathSync(buildLinks(buildsDir).previous)).toBe(live)
    expect(await currentBuildDir(buildsDir)).not.toBe(live)
  })
})
