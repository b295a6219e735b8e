import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageStructure } from '../page-structure';
import { samplePages } from '../sweep-sample';

/** Every page path listed in the built sitemap, so browser sweeps cover the whole site as search engines see it. */
export function sitemapPaths(dist = process.env.OUT_DIR ?? 'dist'): string[] {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname); // the group is required
}

/** One page of each type, for the checks that are too slow to repeat on every page (dark scheme, 320 px). */
export const ONE_OF_EACH = [
  '/',
  '/career/',
  '/career/how-to-become/',
  '/career/outlook/',
  '/sources/',
  '/job-description/',
  '/licensing/',
  '/licensing/texas/',
  '/licensing/glossary/',
  '/salary/',
  '/search/',
  '/jobs/',
  '/jobs/example-boston-hospital-licsw/',
  '/jobs/state/ma/',
  '/career/path/',
  '/career/path/texas/',
  '/career/path/texas/none/',
];

/**
 * Pages deliberately left out of the sitemap that the sweeps must still cover: example postings and state
 * job lists without real postings are noindex, so the test build's job pages are all here.
 */
export const NOT_IN_SITEMAP = [
  '/404.html',
  '/search/',
  '/jobs/example-charlotte-behavioral-closed/',
  '/jobs/example-boston-hospital-licsw/',
  '/jobs/example-remote-utilization-rn/',
  '/jobs/example-seattle-home-health/',
  '/jobs/example-remote-new-england-lcsw/',
  '/jobs/state/ma/',
  '/jobs/state/wy/',
];

/**
 * The pages the whole-site sweep visits: every page in the sitemap except the near-identical ones that grow with
 * the job board (postings, state job lists, later pages of a list), of which it takes a fixed sample that always
 * includes the ones in ONE_OF_EACH and SAMPLE_ALSO (see tests/sweep-sample.ts); plus the pages left out of the sitemap.
 */
export function sweepPaths(dist = process.env.OUT_DIR ?? 'dist'): string[] {
  const named = [...ONE_OF_EACH, ...SAMPLE_ALSO];
  const structureOf = (path: string) =>
    pageStructure(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  return [
    ...new Set([
      ...samplePages(sitemapPaths(dist), named, undefined, structureOf),
      ...NOT_IN_SITEMAP,
    ]),
  ];
}

/** Members of the sampled families that show a variant of their template, swept whenever they exist. */
export const SAMPLE_ALSO = [
  '/jobs/example-seattle-home-health/', // no pay stated: the pay comparison says so instead
  '/jobs/example-remote-new-england-lcsw/', // remote, open to residents of three states
];
