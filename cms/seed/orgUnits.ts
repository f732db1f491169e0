import type { Payload } from 'payload'

type Level = 'province' | 'district' | 'commune' | 'village'
type SeedUnit = {
  key: string
  name: string
  level: Level
  parent?: string
  code?: string
  validTo?: string
  projectArea?: boolean
  especiallyDifficult?: boolean
}

/** The seven project communes of section III.3 of the plan, plus Phú Nhuận whose portal posted it. */
export const projectCommunes = ['Cán Khê', 'Xuân Khang', 'Xuân Phúc', 'Phượng Nghi', 'Thanh Tân', 'Xuân Thái', 'Thanh Kỳ']

const units: SeedUnit[] = [
  { key: 'thanh-hoa', name: 'Tỉnh Thanh Hoá', level: 'province', code: '38' },
  // District-level government ended nationwide on 1 July 2025; its history stays representable.
  { key: 'nhu-thanh', name: 'Huyện Như Thanh', level: 'district', parent: 'thanh-hoa', validTo: '2025-06-30T00:00:00.000Z' },
  ...projectCommunes.map((name) => ({
    key: name,
    name: `Xã ${name}`,
    level: 'commune' as const,
    parent: 'nhu-thanh',
    projectArea: true,
    especiallyDifficult: true,
  })),
  { key: 'Phú Nhuận', name: 'Xã Phú Nhuận', level: 'commune', parent: 'nhu-thanh' },
]

/** Creates the units that do not exist yet (matched by name and level); returns ids by key. */
export async function seedOrgUnits(payload: Payload): Promise<Map<string, number | string>> {
  const ids = new Map<string, number | string>()
  for (const unit of units) {
    const existing = await payload.find({
      collection: 'org-units',
      where: { and: [{ name: { equals: unit.name } }, { level: { equals: unit.level } }] },
      limit: 1,
      depth: 0,
    })
    if (existing.docs[0]) {
      ids.set(unit.key, existing.docs[0].id)
      continue
    }
    const created = await payload.create({
      collection: 'org-units',
      data: {
        name: unit.name,
        level: unit.level,
        code: unit.code,
        parent: unit.parent ? (ids.get(unit.parent) as number) : undefined,
        validTo: unit.validTo,
        projectArea: unit.projectArea ?? false,
        especiallyDifficult: unit.especiallyDifficult ?? false,
      },
    })
    ids.set(unit.key, created.id)
  }
  return ids
}
