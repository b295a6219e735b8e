import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { marksSearchBody, spacedForIndex } from '#src/lib/search/index-text.ts';

/** Every .html file under a folder, as absolute paths. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** The URL a built file is served at, without the base path: "career/index.html" -> "/career/". */
const urlOf = (site: string, file: string): string =>
  `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/** Something else that needs every built page: it is handed each one as this pass reads it, so none is read twice. */
export interface BuiltPageReader {
  /** A built page: its URL without the base path ("/jobs/x/", "/404.html") and its HTML. */
  page(url: string, html: string): void;
  /** Every page has been handed over. */
  done(): void;
}

/** The line the integration logs when its index is written (the benchmark ends the Pagefind step on it). */
export const indexedMessage = (pages: number): string => `read ${pages} pages into the index`;

/**
 * Build the Pagefind search index from the finished static pages, into <outDir>/pagefind/.
 * Pagefind reads only <main data-pagefind-body> (so menus, footers and the 404 page stay out) and the
 * filters and metadata pages declare. A failure fails the build: a site without its index is broken.
 * `readers` are handed every page on the way (see BuiltPageReader).
 */
export function pagefindIndex(readers: BuiltPageReader[] = []): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Each page goes in with a space after every block (see spacedForIndex), so excerpts keep their spaces.
        let count = 0;
        let marked = false;
        const unmarked: string[] = [];
        const add = async (file: string, html: string) => {
          const added = await index.addHTMLFile({
            url: urlOf(site, file),
            content: spacedForIndex(html),
          });
          if (added.errors.length)
            throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          if (added.file) count++;
        };
        for (const file of await htmlFiles(site)) {
          if (file.startsWith(join(site, 'pagefind'))) continue;
          const html = await readFile(file, 'utf8');
          for (const r of readers) r.page(urlOf(site, file), html);
          // Pagefind skips a page without a marked body once any page has one, so such pages are not sent:
          // with tens of thousands of job postings, sending each only to be skipped was most of this step.
          if (!marksSearchBody(html)) {
            unmarked.push(file);
            continue;
          }
          marked = true;
          await add(file, html);
        }
        for (const r of readers) r.done();
        // With no marked page at all Pagefind indexes whole pages: send them all, as before.
        if (!marked) for (const file of unmarked) await add(file, await readFile(file, 'utf8'));
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(indexedMessage(count));
        await pagefind.close();
      },
    },
  };
}
