import type * as components from './index'

/** The module the host's import map loads the plugin's admin components from. */
export const adminComponentsModule = 'du-an-8-portal/admin'

/** A component path for a collection's `admin.components`, checked against what the entry exports. */
export const adminComponent = (name: keyof typeof components): string => `${adminComponentsModule}#${name}`
