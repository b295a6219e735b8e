import type { PagefindResult } from '#src/lib/search/results.ts';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    q: string,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/** The results of one query: how many pages matched, and the data of the first few. */
export interface Found {
  total: number;
  data: PagefindResult[];
}

/**
 * A loader for Pagefind's own module (served from <base>pagefind/pagefind.js, so not bundled): it loads on
 * the first call only; a failed load (say, offline) is tried again on the next call.
 */
export function pagefindLoader(
  url: string,
  options: Record<string, unknown> = {},
): () => Promise<Pagefind> {
  let loading: Promise<Pagefind> | undefined;
  return () =>
    (loading ??= import(/* @vite-ignore */ url).then(
      async (pf: Pagefind) => {
        await pf.options({ baseUrl: import.meta.env.BASE_URL, ...options });
        return pf;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
}

/** Run a query and fetch the data of the first `limit` results. */
export async function searchTop(
  pf: Pagefind,
  q: string,
  filters: Record<string, string>,
  limit: number,
): Promise<Found> {
  const found = (await pf.search(q, { filters })).results;
  return {
    total: found.length,
    data: await Promise.all(found.slice(0, limit).map((r) => r.data())),
  };
}
