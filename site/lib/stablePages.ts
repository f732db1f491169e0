/** One page of a list, as the list layouts show it. */
export type ListPage<T> = {
  data: T[]
  /** Null on the first page (the newest items); else the page's fixed number, counted from the oldest. */
  archiveNumber: number | null
  url: { newer?: string; older?: string }
}

/**
 * Pages a newest-first list from its oldest end, so a page keeps its items when new ones arrive:
 * archive page k always holds the k-th `pageSize` items counted from the oldest, and the first
 * page holds the newest ones above the last full archive page (between `pageSize` and twice that).
 * Publishing one item then changes the first page only — and, once every `pageSize` items, adds
 * an archive page and changes the link of the one before it — instead of shifting every page of
 * the list, so a publish re-renders two pages of a list, not all of them.
 *
 * Gives getStaticPaths entries for a `[...page]` route under `base` (`/truyen-thong/`): the first
 * page at `base`, archive pages at `base` + `trang-<k>/`.
 */
export function stablePages<T, Props extends object>(
  newestFirst: T[],
  options: { pageSize: number; base: string; params?: Record<string, string>; props: Props },
): { params: Record<string, string | undefined>; props: Props & { page: ListPage<T> } }[] {
  const { pageSize, base, params = {}, props } = options
  const archived = newestFirst.length < pageSize ? 0 : Math.floor(newestFirst.length / pageSize) - 1
  const archiveUrl = (k: number) => `${base}trang-${k}/`
  const oldestFirst = [...newestFirst].reverse()
  const first = {
    params: { ...params, page: undefined },
    props: {
      ...props,
      page: {
        data: newestFirst.slice(0, newestFirst.length - archived * pageSize),
        archiveNumber: null,
        url: { older: archived > 0 ? archiveUrl(archived) : undefined },
      },
    },
  }
  const archive = Array.from({ length: archived }, (_, i) => {
    const k = i + 1
    return {
      params: { ...params, page: `trang-${k}` },
      props: {
        ...props,
        page: {
          data: oldestFirst.slice(i * pageSize, k * pageSize).reverse(),
          archiveNumber: k,
          url: { newer: k === archived ? base : archiveUrl(k + 1), older: k > 1 ? archiveUrl(k - 1) : undefined },
        },
      },
    }
  })
  return [first, ...archive]
}
