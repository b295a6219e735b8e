/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * The unit tests that build the whole site in a child process from their own copy of content/. Astro writes
 * its generated content modules in the project's .astro/ folder whatever the output and cache folders, so two
 * such builds at once can read each other's half-written files: they run one at a time, after the rest.
 */
const CHILD_BUILDS = [
  'tests/unit/content-errors.test.ts',
  'tests/unit/hostile-content.test.ts',
  'tests/unit/production-build.test.ts',
];

/**
 * Three projects:
 * - unit: schemas, library functions and components (through Astro's container API); no build needed.
 * - unit-builds: the unit tests that build the site from a copy of content/ (see CHILD_BUILDS), one at a time.
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
          exclude: CHILD_BUILDS,
          testTimeout: 120_000,
          // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, which
          // then sits waiting while a test talks to a local server or a child process. Three keep both busy.
          maxWorkers: 3,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-builds',
          include: CHILD_BUILDS,
          testTimeout: 120_000,
          maxWorkers: 1,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          // The site tests only read dist/ and mock nothing, so they share one module graph: each built page
          // is parsed once for all of them (tests/site/built.ts) instead of once per file (63 s -> 42 s here).
          isolate: false,
        },
      },
    ],
  },
});
