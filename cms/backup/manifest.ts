import crypto from 'node:crypto'
import fs from 'node:fs'

export type ManifestFile = { collection: string; name: string; bytes: number; sha256: string }

export type Manifest = {
  format: 1
  createdAt: string
  database: { kind: 'sqlite' | 'postgres'; file: string; sha256: string; migrations: string[] }
  /** Rows per table at the moment of the snapshot. */
  tables: Record<string, number>
  files: ManifestFile[]
  secret: boolean
}

export const manifestName = 'manifest.json'

export function sha256Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256')
    fs.createReadStream(file).on('data', (chunk) => hash.update(chunk)).on('end', () => resolve(hash.digest('hex'))).on('error', reject)
  })
}
