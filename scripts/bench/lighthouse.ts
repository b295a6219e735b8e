/**
 * Lighthouse (mobile, its default throttling) on one page of each type of a served build: the four category
 * scores per page and the audits that cost points. Shared by `npm run lighthouse` and `npm run bench -- --lighthouse`;
 * it reports scores and never fails on them (targets are read from the printout, not asserted in a test).
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions, chromiumPath } from '../lib/browser.ts';
import { PAGE_TYPES } from './page-types.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Where each page type is audited: the page PAGE_TYPES picks, except the search page, which is audited with
 * a query ("case") so its results, and the space they take, are part of the audit.
 */
export const LIGHTHOUSE_QUERY: Record<string, string> = { search: '?q=case' };

export function lighthousePaths(routes: string[]): { type: string; path: string }[] {
  return PAGE_TYPES.flatMap(({ type, pick }) => {
    const route = pick(routes);
    return route ? [{ type, path: `${route}${LIGHTHOUSE_QUERY[type] ?? ''}` }] : [];
  });
}

export interface LighthouseResult {
  type: string;
  url: string;
  scores: Record<string, number | null>;
  lost: {
    category: string;
    id: string;
    title: string;
    score: number | null;
    /** What Lighthouse measured, as it words it ("310 ms", "0.12"). */
    value?: string;
    items?: string[];
  }[];
}

/** Audit `paths` on `base` (a served site) one after another in one Chromium, printing each page's line. */
export async function runLighthouse(
  base: string,
  paths: { type: string; path: string }[],
  cdpPort: number,
): Promise<LighthouseResult[]> {
  // Lighthouse drives the browser over the DevTools protocol port that Playwright's Chromium opens.
  const browser = await chromium.launch(
    chromiumLaunchOptions(
      [`--remote-debugging-port=${cdpPort}`],
      process.env.CHROME_PATH ?? chromiumPath(),
    ),
  );
  const results: LighthouseResult[] = [];
  try {
    for (const { type, path } of paths) {
      const url = `${base}${path}`;
      const run = await lighthouse(url, {
        port: cdpPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const lhr = run.lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [
          c,
          lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100),
        ]),
      );
      // The audits that cost this page points, with a few of the elements they name.
      const lost = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? []).flatMap((ref) => {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight <= 0 || audit.score === null || audit.score >= 1) return [];
          type Item = {
            node?: { snippet?: string };
            url?: string;
            issueType?: string;
            subItems?: { items?: { url?: string; blockedURL?: string }[] };
          };
          const details = audit.details as { items?: Item[] } | undefined;
          const items = details?.items
            ?.slice(0, 3)
            .map(
              (i) =>
                i.node?.snippet ??
                i.url ??
                (i.issueType
                  ? `${i.issueType}: ${JSON.stringify(i.subItems?.items?.slice(0, 2) ?? [])}`
                  : ''),
            )
            .filter(Boolean);
          return {
            category: c,
            id: ref.id,
            title: audit.title,
            score: audit.score,
            ...(audit.displayValue ? { value: String(audit.displayValue) } : {}),
            ...(items?.length ? { items } : {}),
          };
        }),
      );
      results.push({ type, url, scores, lost });
      printLighthouseResult({ type, url, scores, lost }, path);
    }
  } finally {
    await browser.close();
  }
  return results;
}

export function printLighthouseResult(r: LighthouseResult, path: string): void {
  console.log(
    `${r.type.padEnd(30)} ${path.padEnd(34)} ${CATEGORIES.map((c) => `${c} ${r.scores[c] ?? '–'}`).join('  ')}`,
  );
  for (const l of r.lost)
    console.log(
      `    − ${l.category}: ${l.title}${l.value ? ` ${l.value}` : ''} (${l.id}, score ${l.score})${l.items ? `: ${l.items.join(' | ').slice(0, 200)}` : ''}`,
    );
}
