import type { CollectionConfig, Field } from 'payload'

const nameOf = (field: Field): string | undefined => ('name' in field ? field.name : undefined)

/** What the plugin's rules read of a field: its type, what it points at, how many values, which options. */
const shape = (field: Field) =>
  JSON.stringify({
    type: field.type,
    relationTo: 'relationTo' in field ? field.relationTo : undefined,
    hasMany: 'hasMany' in field ? Boolean(field.hasMany) : undefined,
    options: 'options' in field ? field.options.map((o) => (typeof o === 'string' ? o : o.value)) : undefined,
  })

/**
 * A host's own collection with the plugin's fields and hooks added. A field the host already has
 * under the same name is kept as the host's only when it has the same shape (type, target, options)
 * and the plugin's field has no access rule of its own; otherwise the config stops and names it,
 * since the plugin's rules read that field. Upload image sizes the host lacks are added by name.
 */
export function extendHostCollection(host: CollectionConfig, added: CollectionConfig): CollectionConfig {
  const hostFields = new Map(host.fields.map((field) => [nameOf(field), field]))
  const fields = added.fields.filter((field) => {
    const existing = hostFields.get(nameOf(field))
    if (!existing || nameOf(field) === undefined) return true
    if (shape(existing) === shape(field) && !('access' in field && field.access)) return false
    throw new Error(`duAn8Plugin: the host's collection "${host.slug}" has a field "${nameOf(field)}" (${existing.type}) that the plugin needs as its own ${field.type}: rename the host's field.`)
  })
  const hooks = { ...host.hooks }
  for (const [name, list] of Object.entries(added.hooks ?? {})) {
    const key = name as keyof NonNullable<CollectionConfig['hooks']>
    ;(hooks as Record<string, unknown[]>)[key] = [...((host.hooks?.[key] as unknown[] | undefined) ?? []), ...((list as unknown[]) ?? [])]
  }
  return { ...host, fields: [...host.fields, ...fields], hooks, upload: withImageSizes(host.upload, added.upload) }
}

function withImageSizes(host: CollectionConfig['upload'], added: CollectionConfig['upload']): CollectionConfig['upload'] {
  if (!host || !added || typeof added !== 'object' || !added.imageSizes) return host
  const own = typeof host === 'object' ? host : {}
  const names = new Set((own.imageSizes ?? []).map((size) => size.name))
  return { ...own, imageSizes: [...(own.imageSizes ?? []), ...added.imageSizes.filter((size) => !names.has(size.name))] }
}
