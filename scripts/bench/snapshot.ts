/**
 * A private copy of the project to build from. Astro keeps build scratch files in <root>/.astro/, so two builds
 * of one checkout at the same time (other people's, tests') can break each other; a copy with its own root
 * cannot. The copy has the working tree's sources and content as they are now, and links node_modules.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SKIP = new Set([
  'node_modules',
  '.git',
  '.astro',
  'dist',
  'reports',
  'test-results',
  'playwright-report',
  'coverage',
  '.cache',
]);

export function snapshotSite(dest: string, from = '.'): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  cpSync(from, dest, {
    recursive: true,
    filter: (src) =>
      !SKIP.has(src.split('/').filter(Boolean).at(-1) ?? '') || resolve(src) === resolve(from),
  });
  symlinkSync(resolve(from, 'node_modules'), join(dest, 'node_modules'), 'dir');
  return dest;
}
