import fs from 'node:fs'

let snapshot: Record<string, unknown> | undefined

/**
 * For benchmarks only: with SITE_DATA_FILE set, the site is built from a JSON file holding the
 * results of the very same queries, so a build with and without the CMS can be compared page
 * for page. Without it (always, in use) the loader queries Payload.
 */
export async function fromSnapshotOr<T>(key: string, load: () => Promise<T>): Promise<T> {
  const file = process.env.SITE_DATA_FILE
  if (!file) return load()
  snapshot ??= JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
  if (!(key in snapshot)) throw new Error(`SITE_DATA_FILE has no "${key}"`)
  return snapshot[key] as T
}
