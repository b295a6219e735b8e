/** What the search page shows: the query and its filters. */
export interface SearchState {
  q: string;
  type: string;
  state: string;
}

/** Read the search state from a URL query string; unknown keys are ignored, missing ones empty. */
export function readSearchParams(search: string): SearchState {
  const p = new URLSearchParams(search);
  return { q: p.get('q') ?? '', type: p.get('type') ?? '', state: p.get('state') ?? '' };
}

/** The URL (path plus query) that reproduces a search state; empty values are left out. */
export function writeSearchParams(path: string, s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.type) p.set('type', s.type);
  if (s.state) p.set('state', s.state);
  const qs = p.toString();
  return qs ? `${path}?${qs}` : path;
}
