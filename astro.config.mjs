// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { noindexPages } from './src/integrations/noindex-pages.ts';
import { readSiteConfig } from './src/lib/site/config.ts';

/**
 * SITE_URL: the public origin used for canonical URLs, Open Graph and the sitemap.
 * BASE_PATH: serve the site from a sub-path (for example /ccm/); defaults to the root.
 * A production build (SITE_ENV=production, or SITE_URL set to a public address) also needs REPOSITORY_URL and
 * CONTACT_EMAIL and refuses ".example" placeholders: readSiteConfig throws, naming each variable and its fix.
 * Development and test builds fall back to placeholders on reserved names.
 */
const site = readSiteConfig(process.env).siteUrl;
const base = process.env.BASE_PATH ?? '/';
/**
 * The sitemap lists every page that is not noindex (closed and example postings, state job lists without real
 * postings, the search page and the redirect pages are): the Pagefind pass, which reads every built page anyway,
 * notes them, so it must come before the sitemap in `integrations` (hooks run in that order).
 */
const noindex = noindexPages(base);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Tests that build fixture content point this elsewhere so they never touch the real data store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    react(),
    pagefindIndex([noindex.reader]),
    sitemap({ filter: noindex.inSitemap }),
  ],
  markdown: { syntaxHighlight: 'prism' },
  vite: {
    build: {
      // Astro inlines small scripts into each page; keep the header's search opener (every page runs it) one cached file.
      assetsInlineLimit: (file) =>
        /\bHeader\.astro_astro_type_script_/.test(file) ? false : undefined,
      rolldownOptions: {
        /**
         * Astro marks the wrapper module it writes for each MDX entry's styles and scripts
         * (`<entry>.mdx?astroPropagatedAssets`) with the directive "use astro:head-inject", and Rolldown
         * warns that it drops unknown module-level directives when bundling (six warnings, one per
         * guide page). Dropping it is harmless: Astro finds those modules by the `?astroPropagatedAssets`
         * id in its own transform hook (vite-plugin-head), never by the directive in the bundle. Known
         * upstream, still open: https://github.com/withastro/astro/issues/18087. Only that directive in
         * those modules is silenced; every other warning, including other directives, still prints.
         * @param {import('rolldown').RolldownLog} warning
         * @param {(warning: import('rolldown').RolldownLog) => void} warn
         */
        onwarn(warning, warn) {
          const headInject =
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('"use astro:head-inject"') &&
            warning.message.includes('?astroPropagatedAssets');
          if (!headInject) warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its search engine as WebAssembly, which CSP treats as its own permission.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
