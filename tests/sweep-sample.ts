/**
 * Which pages the whole-site browser sweeps visit. Every page is swept except the members of a few families of
 * near-identical pages from one template that grow with the data (job postings, state job lists, pages of a list,
 * the planner's and the licensing sources' pages per state); of each family the sweeps visit a fixed-size sample,
 * so the browser suite does not grow with hundreds of real postings.
 */

/** A family of near-identical pages: one template, many rows of data. */
export interface PageFamily {
  /** What the pages are, for test names and messages. */
  name: string;
  /** Matches the path of every member. */
  pattern: RegExp;
  /** How many members the sweeps visit at most (named members count first). */
  size: number;
  /**
   * Visit one member per distinct page structure instead (see tests/page-structure.ts), with no cap: members
   * whose pages are built from the same elements (tag, class, role, ARIA and data attributes) differ only in
   * the words and numbers, which the site tests check on every page; a member with any element the others
   * lack is swept.
   */
  distinct?: true;
}

/** The families the sweeps sample. A page that matches none of them is always swept. */
export const SAMPLED_FAMILIES: PageFamily[] = [
  { name: 'job posting', pattern: /^\/jobs\/(?!state\/|page\/|post\/)[^/]+\/$/, size: 6 },
  { name: 'state job list', pattern: /^\/jobs\/state\/[a-z]{2}\/$/, size: 2 },
  {
    name: 'later page of a state job list',
    pattern: /^\/jobs\/state\/[a-z]{2}\/page\/\d+\/$/,
    size: 1,
  },
  { name: 'later page of the job list', pattern: /^\/jobs\/page\/\d+\/$/, size: 2 },
  // 51 states x 7 starts from one template; tests/site/path-planner.test.ts checks every one's data
  { name: 'path planner page', pattern: /^\/career\/path\/[^/]+\/[^/]+\/$/, size: 8 },
  // 51 state pages of the planner (a list of starting points) and 51 of licensing sources (a list of entries),
  // each from one template; tests/site checks every one's content and links
  { name: 'state page of the path planner', pattern: /^\/career\/path\/[^/]+\/$/, size: 4 },
  { name: 'licensing sources of one state', pattern: /^\/sources\/licensing\/[^/]+\/$/, size: 4 },
  // 51 state licensing pages from one template whose sections come and go with the data
  {
    name: 'state licensing page',
    pattern: /^\/licensing\/(?!compare\/|glossary\/)[^/]+\/$/,
    size: Infinity,
    distinct: true,
  },
];

/** `count` members spread evenly over `items` (first and last included), in their order. */
export function evenlySpaced<T>(items: T[], count: number): T[] {
  if (count <= 0) return [];
  if (count >= items.length) return [...items];
  if (count === 1) return [items[0]!];
  const picks = new Set<number>();
  for (let i = 0; i < count; i++) picks.add(Math.round((i * (items.length - 1)) / (count - 1)));
  return [...picks].map((i) => items[i]!);
}

/**
 * The paths to sweep: every path that belongs to no family, and of each family the members named in `named`
 * (for example the pages other checks single out) plus evenly spaced others, in sorted order, up to the
 * family's size. The same input always gives the same sample. The result keeps the order of `paths`.
 */
export function samplePages(
  paths: string[],
  named: string[] = [],
  families: PageFamily[] = SAMPLED_FAMILIES,
  structureOf?: (path: string) => string,
): string[] {
  const keep = new Set<string>();
  const members = new Map<PageFamily, string[]>(families.map((f) => [f, []]));
  for (const path of paths) {
    const family = families.find((f) => f.pattern.test(path));
    if (family) members.get(family)!.push(path);
    else keep.add(path);
  }
  for (const [family, all] of members) {
    if (family.distinct) {
      for (const p of oneOfEachStructure(all, named, structureOf)) keep.add(p);
      continue;
    }
    const chosen = all.filter((p) => named.includes(p));
    const others = all.filter((p) => !named.includes(p)).sort();
    for (const p of [...chosen, ...evenlySpaced(others, family.size - chosen.length)]) keep.add(p);
  }
  return paths.filter((p) => keep.has(p));
}

/**
 * Of `paths`, the named ones and then the first (in sorted order) of each page structure not yet covered.
 * Without a way to read the structure, every path.
 */
export function oneOfEachStructure(
  paths: string[],
  named: string[],
  structureOf: ((path: string) => string) | undefined,
): string[] {
  if (!structureOf) return paths;
  const seen = new Set<string>();
  const keep: string[] = [];
  const ordered = [
    ...paths.filter((p) => named.includes(p)),
    ...paths.filter((p) => !named.includes(p)).sort(),
  ];
  for (const p of ordered) {
    const structure = structureOf(p);
    if (named.includes(p) || !seen.has(structure)) keep.push(p);
    seen.add(structure);
  }
  return keep;
}
