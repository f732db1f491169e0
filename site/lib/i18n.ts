import strings from '../i18n/vi.json'

export type StringKey = keyof typeof strings

/** The one place UI strings come from: t('plan.periodRange', { start: 2022, end: 2025 }). */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))
}
