import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, page } from './built';
import { cspDirectives, headersFor, parseHeadersFile } from '../headers-file';

/** The build's _headers file (from public/_headers), as Cloudflare Pages and Netlify read it. */
const file = join(DIST, '_headers');
const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
const html = headersFor(rules, '/career/');

describe('dist/_headers hardens every response', () => {
  it('exists and parses', () => {
    expect(existsSync(file), 'public/_headers should be copied into the build').toBe(true);
    expect(rules.length).toBeGreaterThan(0);
  });

  it('sends a content security policy that adds what a <meta> policy cannot, and blocks plugins, framing and foreign bases', () => {
    const csp = cspDirectives(html['content-security-policy'] ?? '');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const [name, sources] of csp)
      expect(
        sources.filter((s) => s === '*' || (/^(https?:|data:)$/.test(s) && name !== 'img-src')),
        name,
      ).toEqual([]);
    // Pagefind's WebAssembly must still run, and no eval.
    expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('does not forbid anything the pages’ own <meta> policy allows (a header and a meta policy must both pass)', () => {
    const header = cspDirectives(html['content-security-policy'] ?? '');
    const meta = cspDirectives(
      page('/salary/')('meta[http-equiv="content-security-policy"]').attr('content') ?? '',
    );
    for (const [name, sources] of meta) {
      const allowed = header.get(name) ?? header.get('default-src')!;
      for (const s of sources.filter((x) => !x.startsWith("'sha")))
        expect(allowed, `${name} ${s}`).toContain(s);
      // Hashed inline scripts and styles need 'unsafe-inline' (or the same hashes) in the header.
      if (sources.some((x) => x.startsWith("'sha")))
        expect(allowed, name).toContain("'unsafe-inline'");
    }
  });

  it('sets the other security headers on every path', () => {
    for (const path of [
      '/',
      '/career/',
      '/_astro/x.js',
      '/pagefind/pagefind.js',
      '/jobs/feed.json',
    ]) {
      const h = headersFor(rules, path);
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(h['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(h['strict-transport-security'], path).toMatch(/^max-age=(\d+)/);
      expect(
        Number(/max-age=(\d+)/.exec(h['strict-transport-security'] ?? '')?.[1]),
        path,
      ).toBeGreaterThanOrEqual(31536000);
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
        expect(h['permissions-policy'], path).toContain(`${feature}=()`);
    }
  });

  it('caches hashed bundles for a year, Pagefind for a day with revalidation, and leaves HTML to revalidate', () => {
    expect(headersFor(rules, '/_astro/Base.abc123.css')['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor(rules, '/pagefind/pagefind.js')['cache-control']).toMatch(
      /max-age=\d+, must-revalidate/,
    );
    expect(headersFor(rules, '/pagefind/pagefind.js')['cache-control']).not.toContain('immutable');
    expect(html['cache-control']).toBeUndefined();
  });
});
