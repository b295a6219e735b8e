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
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
