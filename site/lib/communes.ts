import type { OrgUnit } from '../../cms/payload-types'
import { payloadClient } from './payload'
import { fromSnapshotOr } from './snapshot'

export async function loadCommuneDocs(): Promise<OrgUnit[]> {
  const payload = await payloadClient()
  return (await payload.find({ collection: 'org-units', where: { level: { equals: 'commune' } }, sort: 'name', pagination: false, depth: 0, overrideAccess: false })).docs
}

let cache: Promise<{ id: number | string; name: string }[]> | undefined

/** Communes that exist today (not merged away), for the contest form's list. */
export function currentCommunes(now = new Date().toISOString()) {
  cache ??= fromSnapshotOr('communes', loadCommuneDocs).then((docs) =>
    docs.filter((u) => !u.validTo || u.validTo >= now).map((u) => ({ id: u.id, name: u.name })),
  )
  return cache
}
