import { describe, expect, it } from 'vitest';
import { stepsOf } from '../../scripts/bench/build.ts';
import { indexedMessage } from '#src/integrations/pagefind-index.ts';

/**
 * The lines an Astro 7 production build of this site prints (from a real build log, times made up), with the
 * Pagefind integration's own line as it writes it.
 */
const LOG: [number, string][] = [
  [2.0, '08:32:52 [content] Syncing content'],
  [3.0, '08:32:52 [content] Synced content'],
  [3.5, '08:32:52 [types] Generated 940ms'],
  [4.0, '08:32:52 [build] Collecting build info...'],
  [4.5, '08:32:52 [build] ✓ Completed in 1.49s.'],
  [5.0, '08:32:53 [build] Building static entrypoints...'],
  [9.0, '08:32:54 [build] Rearranging server assets...'],
  [9.5, ' generating static routes '],
  [20.0, '08:32:57 ✓ Completed in 2.47s.'],
  [21.0, '08:32:57 [build] ✓ Completed in 4.03s.'],
  [29.0, `08:32:57 [pagefind-index] ${indexedMessage(125)}`],
  [30.0, '08:32:57 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
  [30.5, '08:32:57 [build] 650 page(s) built in 6.89s'],
  [30.6, '08:32:57 [build] Complete!'],
];

describe("the benchmark's build steps", () => {
  it('finds every step in a real build log, the Pagefind step ending at its own line, then the sitemap', () => {
    const { steps, missing } = stepsOf(
      LOG.map(([at, text]) => ({ at, text })),
      31,
    );
    expect(missing).toEqual([]);
    expect(steps).toEqual({
      'start-up': 2,
      'content sync': 1,
      types: 1,
      'build info': 1,
      bundling: 4,
      rendering: 12,
      pagefind: 8,
      sitemap: 1,
      finish: 1,
    });
  });

  it('says which marker never appeared, instead of giving its time to the step before silently', () => {
    const { missing } = stepsOf(
      LOG.filter(([, t]) => !t.includes('[pagefind-index]')).map(([at, text]) => ({ at, text })),
      31,
    );
    expect(missing).toEqual(['sitemap']);
  });
});
