import type { OrgUnit } from '../../cms/payload-types'
import { payloadClient } from './payload'
import { fromSnapshotOr } from './snapshot'
import { perBuild } from './perBuild'

export async function loadCommuneDocs(): Promise<OrgUnit[]> {
  const payload = await payloadClient()
  return (await payload.find({ collection: 'org-units', where: { level: { equals: 'commune' } }, sort: 'name', pagination: false, depth: 0, overrideAccess: false })).docs
}

/** Communes that exist today (not merged away), for the contest form's list. */
export const currentCommunes: () => Promise<{ id: number | string; name: string }[]> = perBuild(async () => {
  const now = new Date().toISOString()
  return (await fromSnapshotOr('communes', loadCommuneDocs)).filter((u) => !u.validTo || u.validTo >= now).map((u) => ({ id: u.id, name: u.name }))
})
