/**
 * Data a build reads once and shares between its pages. A build process makes one build, but
 * two processes live on: the resident renderer patches the live site again and again
 * (cms/siteBuilder/renderWorker.ts), and the portal serves one build after another. Each starts a
 * new generation before it renders or serves the next build, so no page shows an earlier build's
 * data. The state is kept on globalThis because the site's bundle and the CMS code that starts
 * generations hold separate copies of this module.
 */

/** The documents saved since the previous generation, by collection; null when not known. */
export type ChangeSet = Record<string, (string | number)[]> | null

type State = { generation: number; changes: Map<number, ChangeSet> }
const stateKey = Symbol.for('duan8.buildGeneration')
const state = ((globalThis as unknown as Record<symbol, State | undefined>)[stateKey] ??= { generation: 0, changes: new Map() })

/** Generations whose changes are remembered; a reader further behind reloads everything. */
const rememberedGenerations = 200

export function startNewBuildGeneration(changes: ChangeSet = null): void {
  state.generation += 1
  state.changes.set(state.generation, changes)
  state.changes.delete(state.generation - rememberedGenerations)
}

/** What was saved after generation `since`, by collection; null if anything may have changed. */
function changedSince(since: number): Map<string, Set<string>> | null {
  const changed = new Map<string, Set<string>>()
  for (let g = since + 1; g <= state.generation; g++) {
    const set = state.changes.get(g)
    if (!set) return null
    for (const [collection, ids] of Object.entries(set) as [string, (string | number)[]][]) {
      const known = changed.get(collection) ?? new Set<string>()
      for (const id of ids) known.add(String(id))
      changed.set(collection, known)
    }
  }
  return changed
}

/**
 * `load` runs once per generation and gets the previous generation's value with what was saved
 * since, when that is known, so it can update instead of reading everything again. A failure
 * is not kept: the next page asks again.
 */
export function perBuildUpdating<T>(load: (previous: { value: T; changed: Map<string, Set<string>> } | null) => Promise<T>): () => Promise<T> {
  let cached: { generation: number; value: Promise<T> } | undefined
  let settled: { generation: number; value: T } | undefined
  return () => {
    const generation = state.generation
    if (cached?.generation !== generation) {
      const changed = settled ? changedSince(settled.generation) : null
      const value = load(settled && changed ? { value: settled.value, changed } : null)
      const entry = { generation, value }
      cached = entry
      value.then(
        (v) => {
          if (!settled || settled.generation < generation) settled = { generation, value: v }
        },
        () => {
          if (cached === entry) cached = undefined
        },
      )
    }
    return cached.value
  }
}

/** `load` runs once per generation; a failure is not kept, so the next page asks again. */
export const perBuild = <T>(load: () => Promise<T>): (() => Promise<T>) => perBuildUpdating(() => load())
