import { describe, expect, it } from 'vitest';
import { DIST } from './built';
import {
  PAGE_HTML_CSS_GZIP,
  SITE_WIDE_SCRIPT_GZIP,
  htmlCssBudgetFor,
  jsBudgetFor,
} from '../../scripts/lib/budgets.ts';
import { builtRoutes, kb, pageWeight } from '../../scripts/lib/page-weight.ts';

const base = process.env.BASE_PATH ?? '/';
const routes = builtRoutes(DIST);
const weights = new Map(routes.map((r) => [r, pageWeight(DIST, r, { base })]));
const jsOf = (route: string) => weights.get(route)!.scripts.reduce((t, s) => t + s.gzip, 0);

/** Scripts every page runs: at most the header's search opener. */
const siteWide = [...weights.values()]
  .map((w) => w.scripts.map((s) => s.id))
  .reduce((a, b) => a.filter((id) => b.includes(id)));
const textPages = routes.filter((r) => !jsBudgetFor(r));

describe('page weight budgets (scripts/lib/budgets.ts)', () => {
  it('every page references only files that are in the build (stylesheets, scripts, their imports, images)', () => {
    const missing = [...weights.values()].flatMap((w) => w.missing.map((m) => `${w.route}: ${m}`));
    expect([...new Set(missing)]).toEqual([]);
  });

  it(`at most one script runs on every page (the header search opener), under ${kb(SITE_WIDE_SCRIPT_GZIP)} gzip with its imports`, () => {
    const costs = siteWide.map(
      (id) => `${id} (${kb(weights.get('/')!.scripts.find((s) => s.id === id)!.gzip)} gzip)`,
    );
    expect(
      siteWide.length,
      `scripts on every page: ${costs.join(', ')}; merge them into one module`,
    ).toBeLessThanOrEqual(1);
    for (const id of siteWide) {
      const cost = weights.get('/')!.scripts.find((s) => s.id === id)!.gzip;
      expect(cost, `${id} is ${kb(cost)} gzip`).toBeLessThanOrEqual(SITE_WIDE_SCRIPT_GZIP);
    }
  });

  it.each(routes)(
    `%s: HTML + CSS under ${kb(PAGE_HTML_CSS_GZIP)} gzip (or its stated exception)`,
    (route) => {
      const w = weights.get(route)!;
      expect(
        w.html.gzip + w.css.gzip,
        `HTML ${kb(w.html.gzip)} + CSS ${kb(w.css.gzip)}`,
      ).toBeLessThanOrEqual(htmlCssBudgetFor(route));
    },
  );

  it.each(textPages)('%s: a text page, no script but the site-wide one', (route) => {
    const w = weights.get(route)!;
    expect(w.scripts.map((s) => s.id).filter((id) => !siteWide.includes(id))).toEqual([]);
  });

  const withJs = routes.filter((r) => jsBudgetFor(r));
  it.each(withJs)(
    '%s: its JavaScript (gzip, with static imports) is within its budget',
    (route) => {
      const budget = jsBudgetFor(route)!;
      expect(
        jsOf(route),
        `${budget.label}: ${kb(jsOf(route))} against ${kb(budget.gzip)}`,
      ).toBeLessThanOrEqual(budget.gzip);
    },
  );
});
