import { pathFromQuery } from '#src/lib/licensing/path/urls.ts';

/**
 * The planner form: every choice has its own static page, so the script only opens that page when a choice
 * changes or the form is sent. Arriving at /career/path/?state=...&start=... (a host without redirects), it
 * forwards to the page too.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('[data-path-form]')) {
  const slugs = (form.dataset.states ?? '').split(' ');
  const base = (form.dataset.base ?? '/').replace(/\/$/, '');
  const target = (query: string) => {
    const path = pathFromQuery(query, slugs);
    return path ? `${base}${path}` : null;
  };
  const go = () => {
    const query = new URLSearchParams(
      [...new FormData(form)].map(([k, v]) => [k, String(v)]),
    ).toString();
    const href = target(query);
    if (href) location.assign(href);
    return href !== null;
  };
  form.addEventListener('change', () => go());
  form.addEventListener('submit', (e) => {
    if (go()) e.preventDefault();
  });
  const arrived = target(location.search);
  if (arrived) location.replace(arrived);
}
