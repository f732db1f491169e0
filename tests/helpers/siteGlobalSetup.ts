import fs from 'node:fs'

import type { TestProject } from 'vitest/node'

import { buildSeededSite } from './builtSite'

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string
    siteEnv: Record<string, string>
  }
}

/** One seeded site build shared by the built-HTML tests and the browser tests. */
export default async function setup(project: TestProject) {
  const site = await buildSeededSite()
  project.provide('siteDir', site.dir)
  project.provide('siteEnv', site.env)
  return () => {
    for (const dir of [site.dir, site.work]) fs.rmSync(dir, { recursive: true, force: true })
  }
}
