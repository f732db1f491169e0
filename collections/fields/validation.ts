import type { PayloadRequest, Validate } from 'payload'

/**
 * A field's own `validate` replaces Payload's built-in one (required, min/max, relationship
 * exists…). This runs the built-in check first and ours only when it passes.
 */
export function alsoValidate<TValue, TSibling = Record<string, unknown>>(
  builtIn: (value: any, options: any) => Promise<string | true> | string | true,
  extra: (
    value: TValue | null | undefined,
    options: { siblingData: TSibling; data: Record<string, unknown>; req: PayloadRequest; id?: number | string },
  ) => Promise<string | true> | string | true,
): Validate {
  return async (value, options) => {
    const base = await builtIn(value, options)
    if (base !== true) return base
    return extra(value as TValue, options as never)
  }
}
