/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects:
 * - unit: schemas, library functions and components (through Astro's container API); no build needed.
 * - site: reads the production build in dist/ (run `npm run build` first): page content, HTML validity, links.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 120_000,
          // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, which
          // then sits waiting while a test builds the site in a child process or talks to a local server.
          // Three keep both cores busy (the unit stage took 144 s with one, 56 s with three, on this machine).
          maxWorkers: 3,
        },
      },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
