/**
 * The `_headers` file (Cloudflare Pages / Netlify format): a URL pattern on its own line, then indented
 * "Name: value" lines. Used by the site test that checks dist/_headers and by the small static server the
 * browser test serves the build with, so both read the file the way the hosts do.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!m || !rules.length)
      throw new Error(
        `_headers line ${i + 1}: expected "  Name: value" under a URL pattern, got "${line.trim()}"`,
      );
    rules.at(-1)!.headers.push([m[1]!, m[2]!.trim()]); // both groups are required, so set on a match
  }
  return rules;
}

/** Whether a pattern ("/*", "/_astro/*", "/jobs/:id/") matches a path. */
export function patternMatches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

/** The headers a path gets: every matching rule applies; a header set by several rules has its values joined by ", ". */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => patternMatches(r.pattern, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/** A CSP header value as directive -> sources. */
export const cspDirectives = (csp: string): Map<string, string[]> =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .flatMap(([name, ...sources]): [string, string[]][] =>
        name ? [[name.toLowerCase(), sources]] : [],
      ),
  );
