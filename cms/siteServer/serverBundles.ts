import fs from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { processAlive } from '../runtime/processAlive'
import { linkCopy } from '../siteBuilder/linkCopy'
import type { Handler } from './buildHandler'

// The built entry must not start its own server when imported: we only want its request handler.
process.env.ASTRO_NODE_AUTOSTART = 'disabled'

type Loaded = { folder: string; handler: Promise<Handler> }
const replacedBundleGraceMs = 60_000
const loaded = new Map<string, Loaded>()

/** Removes the bundle folders of portal processes that are gone. */
async function removeAbandoned(buildsDir: string): Promise<void> {
  for (const name of await fs.readdir(buildsDir).catch(() => [] as string[])) {
    const owner = Number(/^portal-(\d+)-/.exec(name)?.[1])
    if (owner && owner !== process.pid && !processAlive(owner)) await fs.rm(path.join(buildsDir, name), { recursive: true, force: true })
  }
}

async function pointAt(link: string, target: string): Promise<void> {
  const temp = `${link}.${Math.random().toString(36).slice(2)}.tmp`
  await fs.symlink(target, temp)
  await fs.rename(temp, link)
}

/**
 * The Astro request handler for a build (search results, forms, previews, the 404 page). A
 * patched build shares its server bundle with the build it came from (the same files, linked),
 * so the bundle is imported once, not at every publish: Node never unloads a module, and each
 * import of a bundle keeps a few megabytes for the life of the process.
 *
 * The bundle runs from a folder of its own, `portal-<pid>-<id>/server/`, whose `client` is a
 * link to the live build's client folder, moved at every swap: the handler reads the 404 page
 * and the build's JSON files (site/lib/builtFile.ts) through it, so they are always the live
 * build's.
 */
export async function astroHandlerFor(buildsDir: string, buildDir: string): Promise<Handler> {
  const entry = await fs.stat(path.join(buildDir, 'server', 'entry.mjs'))
  const id = `${entry.dev}-${entry.ino}`
  let bundle = loaded.get(id)
  if (!bundle) {
    await removeAbandoned(buildsDir)
    const folder = path.join(buildsDir, `portal-${process.pid}-${id}`)
    await fs.rm(folder, { recursive: true, force: true })
    await fs.mkdir(folder)
    await linkCopy(path.join(buildDir, 'server'), path.join(folder, 'server'))
    await pointAt(path.join(folder, 'client'), path.join(buildDir, 'client'))
    const handler = import(pathToFileURL(path.join(folder, 'server', 'entry.mjs')).href).then((m: { handler: Handler }) => m.handler)
    // The bundle it replaces serves no new request; its folder goes once requests under way are done.
    for (const [oldId, old] of loaded) {
      loaded.delete(oldId)
      setTimeout(() => void fs.rm(old.folder, { recursive: true, force: true }), replacedBundleGraceMs).unref()
    }
    bundle = { folder, handler }
    loaded.set(id, bundle)
    handler.catch(() => loaded.delete(id))
  } else {
    await pointAt(path.join(bundle.folder, 'client'), path.join(buildDir, 'client'))
  }
  return bundle.handler
}
