/**
 * What one built page costs a visitor: the bytes of its HTML, CSS, JavaScript and other files (raw, gzip and,
 * on request, brotli) and the number of requests a first visit makes. Read from the files in an output folder,
 * so the benchmark (scripts/bench/) and the budget test (tests/site/budgets.test.ts) measure the same way.
 *
 * Counted as requests: the HTML; its stylesheets; its external scripts and modulepreloads, the island
 * component and renderer modules Astro hydrates, and every module those import statically (dynamic import()
 * is left out: it is not part of the first load); images; the icon; fonts referenced by url() in its CSS.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

export interface Weight {
  raw: number;
  gzip: number;
  /** 0 unless brotli was asked for. */
  br: number;
}
export type Kind = 'html' | 'css' | 'js' | 'img' | 'font' | 'icon' | 'lazy';
export interface FileWeight extends Weight {
  /** The path the browser requests, base path included ("/_astro/client.abc.js"). */
  url: string;
  kind: Kind;
}
export interface PageWeight {
  route: string;
  html: Weight;
  css: Weight;
  js: Weight;
  /** Images, the icon and fonts. */
  other: Weight;
  /** Modules the scripts load later with import() (charts, search engine): not part of the first load, not in requests. */
  lazyJs: Weight;
  requests: number;
  files: FileWeight[];
  /** Executable inline <script> elements (not JSON-LD), and their bytes (already inside html). */
  inlineScripts: number;
  inlineScriptBytes: number;
  /**
   * Every script the page runs or preloads, each with what it costs: external ones by URL, inline ones as
   * "inline:<sha256 of the text>"; gzip includes the modules it imports statically that no earlier script did.
   */
  scripts: { id: string; gzip: number }[];
  /** References to same-origin files the build does not have (a broken link, or an import that was never bundled). */
  missing: string[];
}

export interface WeightOptions {
  /** The base path the site was built for (BASE_PATH); "/" by default. */
  base?: string;
  /** Also compress with brotli (quality 11, slower). */
  brotli?: boolean;
}

const zero = (): Weight => ({ raw: 0, gzip: 0, br: 0 });
const cache = new Map<string, Weight>();

/** Raw, gzip (level 6, what hosts commonly use) and optionally brotli sizes of some bytes. */
export function sizes(bytes: Buffer, brotli = false): Weight {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    br: brotli
      ? brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }).length
      : 0,
  };
}

function fileSizes(file: string, brotli: boolean): Weight {
  const key = `${file}|${brotli}`;
  let w = cache.get(key);
  if (!w) cache.set(key, (w = sizes(readFileSync(file), brotli)));
  return w;
}

/** The file in the output folder a URL path is served from, or undefined (external, or missing). */
export function fileOfUrl(dist: string, pathname: string, base = '/'): string | undefined {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(b)) return undefined;
  const rel = decodeURIComponent(pathname.slice(b.length));
  const candidates =
    rel === '' || rel.endsWith('/')
      ? [join(dist, rel, 'index.html')]
      : [join(dist, rel), join(dist, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * Whether an element sits inside a <template>, whose content the browser parses but never runs (the header keeps
 * the search popup's module address there). Cheerio keeps that content in a fragment that closest() does not cross.
 */
export function inTemplate(el: AnyNode): boolean {
  for (let p = el.parent; p; p = p.parent)
    if (p.type === 'tag' && (p as Element).name === 'template') return true;
  return false;
}

/** The relative module specifiers a bundled ES module imports statically (import/export ... from "x", import "x"). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const re =
    /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']((?:\.{1,2}\/|\/)[^"'\s]+)["']/g;
  for (const m of code.matchAll(re)) found.add(m[1]!); // the group is required
  return [...found];
}

/** The relative module specifiers a bundled ES module loads on demand with import("x"). */
export function dynamicImports(code: string): string[] {
  return [
    ...new Set(
      [...code.matchAll(/\bimport\(\s*[`"']((?:\.{1,2}\/|\/)[^`"'$]+)[`"']\s*\)/g)].map(
        (m) => m[1]!, // the group is required
      ),
    ),
  ];
}

/** Weigh one built page. `route` is the site path without the base ("/career/"). */
export function pageWeight(dist: string, route: string, options: WeightOptions = {}): PageWeight {
  const base = options.base ?? '/';
  const brotli = options.brotli ?? false;
  const pageUrl = new URL(`${base.replace(/\/$/, '')}${route}`, 'http://site.test');
  const htmlFile = fileOfUrl(dist, pageUrl.pathname, base);
  if (!htmlFile) throw new Error(`No built page for ${route} in ${dist}`);
  const html = readFileSync(htmlFile, 'utf8');
  const $ = load(html);
  const files: FileWeight[] = [
    { url: pageUrl.pathname, kind: 'html', ...fileSizes(htmlFile, brotli) },
  ];
  const seen = new Set<string>([pageUrl.pathname]);
  const lazy: URL[] = [];
  const missing: string[] = [];

  const add = (ref: string | undefined, kind: Kind, from: URL = pageUrl): string | undefined => {
    if (!ref || /^(data:|blob:|#)/.test(ref)) return undefined;
    const url = new URL(ref, from);
    if (url.origin !== pageUrl.origin || seen.has(url.pathname)) return undefined;
    seen.add(url.pathname);
    const file = fileOfUrl(dist, url.pathname, base);
    if (!file) {
      missing.push(`${ref} (${kind}, from ${from.pathname})`);
      return undefined;
    }
    files.push({ url: url.pathname, kind, ...fileSizes(file, brotli) });
    if (kind === 'js' || kind === 'lazy') {
      const code = readFileSync(file, 'utf8');
      for (const dep of staticImports(code)) add(dep, kind, url);
      for (const dep of dynamicImports(code)) lazy.push(new URL(dep, url));
    }
    if (kind === 'css')
      for (const m of readFileSync(file, 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const ref = m[1]!; // the group is required
        add(ref, /\.(woff2?|ttf|otf)(\?|$)/.test(ref) ? 'font' : 'img', url);
      }
    return url.pathname;
  };

  $('link[rel~="stylesheet"]').each((_, el) => void add($(el).attr('href'), 'css'));
  $('link[rel~="icon"]').each((_, el) => void add($(el).attr('href'), 'icon'));
  $('img[src]').each((_, el) => void add($(el).attr('src'), 'img'));

  // Scripts, in document order, each charged with the bytes of the modules it pulls in first.
  const scripts: PageWeight['scripts'] = [];
  const jsGzip = () => files.filter((f) => f.kind === 'js').reduce((t, f) => t + f.gzip, 0);
  const script = (id: string, run: () => void, ownGzip = 0) => {
    const before = jsGzip();
    run();
    scripts.push({ id, gzip: ownGzip + jsGzip() - before });
  };
  const inline = $('script:not([src])').filter(
    (_, s) => !/json/.test($(s).attr('type') ?? '') && !inTemplate(s),
  );
  $('script[src], link[rel="modulepreload"], astro-island, script:not([src])').each((_, el) => {
    const $el = $(el);
    if (inTemplate(el)) {
      // Never run in place: a script loads it on demand (the header search popup), so it counts as lazy.
      const ref = $el.attr('src');
      if (ref) lazy.push(new URL(ref, pageUrl));
      return;
    }
    if (el.tagName === 'astro-island') {
      for (const attr of ['renderer-url', 'component-url', 'before-hydration-url']) {
        const ref = $el.attr(attr);
        if (ref) script(new URL(ref, pageUrl).pathname, () => void add(ref, 'js'));
      }
    } else if (el.tagName === 'link' || $el.attr('src')) {
      const ref = $el.attr('src') ?? $el.attr('href')!;
      script(new URL(ref, pageUrl).pathname, () => void add(ref, 'js'));
    } else if (!/json/.test($el.attr('type') ?? '')) {
      const code = $el.html() ?? '';
      const id = `inline:${createHash('sha256').update(code).digest('base64')}`;
      script(
        id,
        () => {
          if ($el.attr('type') === 'module') for (const dep of staticImports(code)) add(dep, 'js');
        },
        gzipSync(code).length,
      );
    }
  });

  // What the scripts load on demand, once the first load is counted.
  // (for...of also visits what add() appends while it runs.)
  for (const u of lazy) add(u.pathname, 'lazy', u);
  const loaded = files.filter((f) => f.kind !== 'lazy');
  const sum = (kinds: Kind[]) =>
    files
      .filter((f) => kinds.includes(f.kind))
      .reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, br: t.br + f.br }), zero());
  return {
    route,
    html: sum(['html']),
    css: sum(['css']),
    js: sum(['js']),
    other: sum(['img', 'icon', 'font']),
    lazyJs: sum(['lazy']),
    requests: loaded.length,
    files,
    inlineScripts: inline.length,
    inlineScriptBytes: inline
      .toArray()
      .reduce((t, s) => t + Buffer.byteLength($(s).html() ?? ''), 0),
    scripts,
    missing,
  };
}

/** The route of every page in a build folder ("/", "/career/", "/404.html"), sorted. */
export function builtRoutes(dist: string, dir = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dist, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...builtRoutes(dist, rel));
    else if (e.name.endsWith('.html')) out.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
  }
  return dir ? out : out.sort();
}

/** "12.3 KB" (1 KB = 1024 bytes). */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
