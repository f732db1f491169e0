import type { CollectionConfig, Field } from 'payload'

const nameOf = (field: Field): string | undefined => ('name' in field ? field.name : undefined)

/**
 * A host's own collection with the plugin's fields and hooks added: a field the host already has
 * under the same name and type is kept as the host's; one of another type stops the config, since
 * the plugin's rules read it. Upload image sizes the host lacks are added by name.
 */
export function extendHostCollection(host: CollectionConfig, added: CollectionConfig): CollectionConfig {
  const hostFields = new Map(host.fields.map((field) => [nameOf(field), field]))
  const fields = added.fields.filter((field) => {
    const existing = hostFields.get(nameOf(field))
    if (!existing || nameOf(field) === undefined) return true
    if (existing.type === field.type) return false
    throw new Error(`duAn8Plugin: the host's collection "${host.slug}" has a field "${nameOf(field)}" of type ${existing.type}; the plugin needs it as ${field.type}.`)
  })
  const hooks = { ...host.hooks }
  for (const [name, list] of Object.entries(added.hooks ?? {})) {
    const key = name as keyof NonNullable<CollectionConfig['hooks']>
    ;(hooks as Record<string, unknown[]>)[key] = [...((host.hooks?.[key] as unknown[] | undefined) ?? []), ...((list as unknown[]) ?? [])]
  }
  return { ...host, fields: [...host.fields, ...fields], hooks, upload: withImageSizes(host.upload, added.upload) }
}

function withImageSizes(host: CollectionConfig['upload'], added: CollectionConfig['upload']): CollectionConfig['upload'] {
  if (!host || typeof host !== 'object' || !added || typeof added !== 'object' || !added.imageSizes) return host
  const names = new Set((host.imageSizes ?? []).map((size) => size.name))
  return { ...host, imageSizes: [...(host.imageSizes ?? []), ...added.imageSizes.filter((size) => !names.has(size.name))] }
}
