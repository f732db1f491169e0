import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { roleTableMarkdown, roleTableMarkers } from '../../cms/access/roleTable'

describe("the README's role table", () => {
  it('is the one generated from cms/access/policy.ts (run `npm run policy:table` after changing the policy)', () => {
    const readme = fs.readFileSync(path.resolve('README.md'), 'utf8')
    const start = readme.indexOf(roleTableMarkers.start) + roleTableMarkers.start.length
    const end = readme.indexOf(roleTableMarkers.end)
    expect(readme.slice(start, end).trim()).toBe(roleTableMarkdown())
    expect(roleTableMarkdown()).toContain('| `indicator-reports` | — | all | read (own unit and below)')
  })
})
