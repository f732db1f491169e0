import type { Field } from 'payload'

/**
 * Rewrites every field, through groups, arrays, rows, collapsibles, tabs and blocks; a field
 * mapped to `null` is removed. Returns new objects: the collection configs the plugin reads are
 * shared module constants, and two configs built in one process must not see each other's changes.
 */
export function mapFields(fields: Field[], map: (field: Field) => Field | null): Field[] {
  return fields.flatMap((field) => {
    const mapped = map({ ...field } as Field)
    if (!mapped) return []
    if ('fields' in mapped && Array.isArray(mapped.fields)) return [{ ...mapped, fields: mapFields(mapped.fields, map) } as Field]
    if (mapped.type === 'tabs') return [{ ...mapped, tabs: mapped.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, map) })) }]
    if (mapped.type === 'blocks') return [{ ...mapped, blocks: mapped.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, map) })) }]
    return [mapped]
  })
}

/**
 * Points relations at the slugs the install uses (the host's `users`, say) and drops relations to
 * collections it does not have: a relation to several keeps those that exist.
 */
export function retargetRelations(fields: Field[], slugOf: (slug: string) => string | undefined): Field[] {
  return mapFields(fields, (field) => {
    if (field.type !== 'relationship' && field.type !== 'upload') return field
    const targets = [field.relationTo].flat().map(slugOf).filter((slug): slug is string => slug !== undefined)
    if (targets.length === 0) return null
    return { ...field, relationTo: Array.isArray(field.relationTo) ? targets : targets[0] } as Field
  })
}

/** Admin component paths written against this repository's `cms/` (`/components/X#X`), as the host's import map must read them. */
export function retargetComponents(fields: Field[], componentPath: (path: string) => string): Field[] {
  return mapFields(fields, (field) => {
    const components = field.admin && 'components' in field.admin ? (field.admin.components as Record<string, unknown> | undefined) : undefined
    if (!components) return field
    const rewritten = Object.fromEntries(Object.entries(components).map(([key, value]) => [key, typeof value === 'string' ? componentPath(value) : value]))
    return { ...field, admin: { ...field.admin, components: rewritten } } as Field
  })
}
