/**
 * Join a site-relative path onto the configured base path, so links keep working when the site
 * is served from a sub-path. `withBase('/career/', '/ccm/')` -> '/ccm/career/'.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('//')) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.startsWith('/') ? path.slice(1) : path;
  return `${b}${p}`;
}

/** The page's path with the base removed, e.g. '/ccm/career/' -> '/career/'. */
export function withoutBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}
