import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

// plugin-seo is released one patch behind the rest of Payload; package.json overrides point it at our
// copies. Two copies of @payloadcms/ui in one admin break React context, so this guards the lock file.
const modules = path.resolve('node_modules')
const versionOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version as string

describe('one copy of each Payload package', () => {
  it.each(['payload', '@payloadcms/ui', '@payloadcms/translations'])('plugin-seo uses the project’s %s', (name) => {
    expect(fs.existsSync(path.join(modules, '@payloadcms/plugin-seo/node_modules', name))).toBe(false)
    expect(versionOf(path.join(modules, name))).toBe(versionOf(path.join(modules, 'payload')))
  })
})
