import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { cmsDir, rootDir } from '../paths'

const fingerprintFile = path.join(cmsDir, '.next', 'duan8-source-fingerprint')
const sources = ['cms', 'collections', 'package-lock.json']
// Files `next build` itself writes must not count, or every start would look like a change.
const skipped = new Set(['.next', 'node_modules', 'migrations', 'next-env.d.ts'])

function hashTree(entry: string, hash: crypto.Hash): void {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) {
      if (!skipped.has(name) && !name.endsWith('.tsbuildinfo')) hashTree(path.join(entry, name), hash)
    }
    return
  }
  hash.update(path.relative(rootDir, entry))
  hash.update(fs.readFileSync(entry))
}

/** A hash of everything the admin bundle is built from, so a warm start can skip `next build`. */
export function adminSourceFingerprint(): string {
  const hash = crypto.createHash('sha256')
  for (const source of sources) hashTree(path.join(rootDir, source), hash)
  return hash.digest('hex')
}

export function adminBuildIsCurrent(fingerprint: string): boolean {
  if (!fs.existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) return false
  try {
    return fs.readFileSync(fingerprintFile, 'utf8') === fingerprint
  } catch {
    return false
  }
}

export function recordAdminBuild(fingerprint: string): void {
  fs.writeFileSync(fingerprintFile, fingerprint)
}
