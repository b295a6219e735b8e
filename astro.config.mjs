// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { jobPathsToExclude } from './src/integrations/job-sitemap-exclusions.ts';

/**
 * SITE_URL: the public origin used for canonical URLs, Open Graph and the sitemap.
 * BASE_PATH: serve the site from a sub-path (for example /ccm/); defaults to the root.
 * The ".example" default is a reserved name: set SITE_URL when you deploy.
 */
const site = process.env.SITE_URL ?? 'https://clinical-case-manager.example';
const base = process.env.BASE_PATH ?? '/';
const baseSlash = base.endsWith('/') ? base : `${base}/`;
/** Closed postings and state job lists without open postings are noindex, so the sitemap leaves them out too. */
const excluded = jobPathsToExclude(process.env.CONTENT_DIR ?? './content');
/** @param {string} page */
const inSitemap = (page) => {
  const path = new URL(page).pathname;
  const rel = path.startsWith(baseSlash) ? `/${path.slice(baseSlash.length)}` : path;
  return rel !== '/search/' && !excluded.has(rel);
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Tests that build fixture content point this elsewhere so they never touch the real data store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx(), react(), sitemap({ filter: inSitemap }), pagefindIndex()],
  markdown: { syntaxHighlight: 'prism' },
  vite: {
    build: {
      // Astro inlines small scripts into each page; keep the header's search opener (every page runs it) one cached file.
      assetsInlineLimit: (file) =>
        /\bHeader\.astro_astro_type_script_/.test(file) ? false : undefined,
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
