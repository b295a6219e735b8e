/**
 * "Did you mean": the nearest state, license or page to a misspelled query, by edit distance. Pure, so the
 * search page and the tests share it; the list of places comes from the build (src/pages/search.astro).
 */

/** A place a query can mean: what to show, where it goes, and the words that name it. */
export interface Suggestion {
  label: string;
  href: string;
  /** Names of the place, e.g. ["Texas", "TX"] or ["LCSW", "Licensed Clinical Social Worker"]. */
  names: string[];
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): the fewest single-character
 * insertions, deletions, substitutions or swaps of two neighbors that turn `a` into `b`. "Texsa" -> "Texas" is 1.
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  // The (m + 1) x (n + 1) table, row by row: cell (i, j) is the distance between a's first i
  // characters and b's first j. Every cell read below is inside it, hence the one `!`.
  const w = n + 1;
  const d = Array.from({ length: (m + 1) * w }, (_, k) => {
    const [i, j] = [Math.floor(k / w), k % w];
    return i === 0 ? j : j === 0 ? i : 0;
  });
  const at = (i: number, j: number): number => d[i * w + j]!;
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i * w + j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i * w + j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
    }
  return at(m, n);
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** How many edits a word of this length may be off and still be meant: 1 up to 5 letters, 2 from 6, 3 from 10. */
export const allowedEdits = (length: number): number =>
  length < 3 ? 0 : length < 6 ? 1 : length < 10 ? 2 : 3;

/**
 * The place the query most likely means, or undefined when none is close enough or nothing is misspelled.
 * Each run of query words as long as a name ("new mexco" for "New Mexico") is compared with that name; runs
 * that already spell a name exactly are taken as meant.
 */
export function didYouMean(query: string, places: readonly Suggestion[]): Suggestion | undefined {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return undefined;
  const names = places.flatMap((place) =>
    place.names.map((n) => ({ place, name: fold(n) })).filter((n) => n.name),
  );
  const exact = new Set(names.map((n) => n.name));
  let best: { place: Suggestion; score: number } | undefined;
  for (const { place, name } of names) {
    const size = name.split(' ').length;
    for (let i = 0; i + size <= words.length; i++) {
      const run = words.slice(i, i + size).join(' ');
      if (exact.has(run)) continue;
      const dist = editDistance(run, name);
      if (dist === 0 || dist > allowedEdits(Math.max(run.length, name.length))) continue;
      const score = dist / name.length;
      if (!best || score < best.score) best = { place, score };
    }
  }
  return best?.place;
}
