import type { CollectionConfig } from 'payload'

import { allCollections } from '../plugin/parts'

export type UploadFolder = { collection: string; table: string; dir: string }

/** Every upload collection's folder and table (Payload names a table after its slug). */
export const uploadFolders = (list: CollectionConfig[] = allCollections): UploadFolder[] =>
  list.flatMap((c) => {
    const dir = c.upload && typeof c.upload === 'object' ? c.upload.staticDir : undefined
    return dir ? [{ collection: c.slug, table: c.slug.replace(/-/g, '_'), dir }] : []
  })

/** The stored file names in a row of an upload table: `filename` and each `sizes_*_filename`. */
export const fileNamesInRow = (row: Record<string, unknown>): string[] =>
  Object.entries(row)
    .filter(([column, value]) => (column === 'filename' || /^sizes_.+_filename$/.test(column)) && typeof value === 'string' && value !== '')
    .map(([, value]) => value as string)
